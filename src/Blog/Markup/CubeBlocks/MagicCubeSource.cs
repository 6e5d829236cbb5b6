using System.Text.RegularExpressions;
using Blog.MagicCube;
using Blog.MagicCube.Constructions;
using Blog.MagicCube.Rendering;

namespace Blog.Markup.CubeBlocks;

/// <summary>A magic-cube block's body → a cube: cube text, or a single line <c>construct: N</c>.</summary>
public static partial class MagicCubeSource
{
    public static CubeParseResult Read(string body)
    {
        var lines = body.ReplaceLineEndings("\n").Split('\n');
        int index = Array.FindIndex(lines, l => l.Trim().Length > 0);
        var construct = index < 0 ? Match.Empty : Construct().Match(lines[index]);
        var result = construct.Success && lines.Skip(index + 1).All(l => l.Trim().Length == 0)
            ? Build(construct, index + 1)
            : CubeParser.Parse(body);
        if (result.Cube is { N: > LatexCubeRenderer.MaxOrder } big)
            return CubeParseResult.Fail([new CubeError(1, 1,
                $"a cube of order {big.N} is too large to draw (at most {LatexCubeRenderer.MaxOrder})")]);
        return result;
    }

    private static CubeParseResult Build(Match construct, int line)
    {
        var order = construct.Groups[1];
        if (!int.TryParse(order.Value, out int n))
            return CubeParseResult.Fail([new CubeError(line, order.Index + 1, $"'{order.Value}' is not an order: write e.g. 'construct: 5'")]);
        var built = MagicCubeBuilder.Build(n);
        return built.Cube is not null
            ? CubeParseResult.Ok(built.Cube)
            : CubeParseResult.Fail([new CubeError(line, order.Index + 1, built.Error!)]);
    }

    [GeneratedRegex(@"^\s*construct\s*:\s*(\S*)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Construct();
}
