using Blog.Diagnostics;
using Blog.MagicCube;
using Blog.MagicCube.Constructions;

namespace Blog.Cli;

/// <summary>Where the <c>cube</c> command gets its cube: a file, standard input or a construction.</summary>
public static class CubeInput
{
    public const string StandardInput = "<stdin>";

    /// <summary>Reads or builds the cube; a user mistake throws a <see cref="DiagnosticException"/>.</summary>
    public static Cube Read(string? file, string? construct, TextReader stdin, bool stdinIsTerminal)
    {
        if (construct is not null)
        {
            if (file is not null)
                throw Error("cube", $"give either a file ('{file}') or --construct, not both");
            return Construct(construct);
        }
        if (file is null or "-")
        {
            if (file is null && stdinIsTerminal)
                throw Error("cube", "no cube given: name a file, pipe a cube into standard input, or use --construct N");
            return Parse(stdin.ReadToEnd(), StandardInput);
        }
        if (!File.Exists(file)) throw Error(file, "file not found");
        return Parse(File.ReadAllText(file), file);
    }

    private static Cube Construct(string text)
    {
        if (!int.TryParse(text, out int n))
            throw Error("--construct", $"'{text}' is not an order: give a whole number such as 3, 4 or 5");
        var result = MagicCubeBuilder.Build(n);
        return result.Cube ?? throw Error("--construct", result.Error!);
    }

    private static Cube Parse(string text, string file)
    {
        var result = CubeParser.Parse(text);
        if (result.Cube is not null) return result.Cube;
        var diagnostics = result.Errors.Select(e => Diagnostic.Error(file, e.Line, e.Column, e.Message)).ToList();
        throw new CubeInputException(diagnostics);
    }

    private static DiagnosticException Error(string place, string message) =>
        new(Diagnostic.Error(place, 0, 0, message));
}
