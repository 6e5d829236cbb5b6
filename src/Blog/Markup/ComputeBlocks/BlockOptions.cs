using System.Globalization;
using Blog.Diagnostics;

namespace Blog.Markup.ComputeBlocks;

/// <summary>
/// The <c>//| key: value</c> lines at the top of a compute block, in Quarto's manner. An unknown
/// key or value is a mistake reported at its line, never silently ignored.
/// </summary>
public sealed record BlockOptions
{
    public EchoOption Echo { get; init; } = EchoOption.Show;
    public OutputOption Output { get; init; } = OutputOption.Show;
    public string? Label { get; init; }                  // fig-… | tbl-…
    public string? FigCap { get; init; }
    public string? TblCap { get; init; }
    public bool Eval { get; init; } = true;
    public ErrorOption Error { get; init; } = ErrorOption.Stop;
    public int? Timeout { get; init; }
    public bool Cache { get; init; } = true;
    public int FigWidth { get; init; } = Blog.Compute.Figure.DefaultWidth;
    public int FigHeight { get; init; } = Blog.Compute.Figure.DefaultHeight;

    /// <summary>Number of option lines at the top of the block (hidden when the code is shown).</summary>
    public int LineCount { get; init; }

    public bool IsFigure => Label?.StartsWith("fig-", StringComparison.Ordinal) == true;
    public bool IsTable => Label?.StartsWith("tbl-", StringComparison.Ordinal) == true;
    public string? Caption => IsTable ? TblCap : FigCap ?? TblCap;

    /// <summary>
    /// Reads the option lines of <paramref name="code"/>; <paramref name="firstLine"/> and
    /// <paramref name="firstColumn"/> (1-based) place its first character in the file, so an error
    /// points at the key or value in question and lists the values allowed.
    /// </summary>
    public static BlockOptions Parse(IReadOnlyList<string> code, string file, int firstLine, int firstColumn = 1)
    {
        var options = new BlockOptions();
        var count = 0;
        for (; count < code.Count && code[count].TrimStart().StartsWith("//|", StringComparison.Ordinal); count++)
        {
            var raw = code[count];
            var text = raw.TrimStart()[3..];
            var textStart = raw.Length - raw.TrimStart().Length + 3;
            var colon = text.IndexOf(':');
            Diagnostic At(int index, string message, string? hint = null) => Diagnostic.Error(file, firstLine + count, firstColumn + index, message, hint);
            if (colon < 0) throw new DiagnosticException(At(textStart, $"Block option '{text.Trim()}' has no value.", "Write options as //| key: value."));
            var key = text[..colon].Trim();
            var keyAt = textStart + colon - text[..colon].TrimStart().Length;
            var value = text[(colon + 1)..].Trim();
            var valueAt = textStart + colon + 1 + (text[(colon + 1)..].Length - text[(colon + 1)..].TrimStart().Length);
            if (value.Length >= 2 && value[0] == '"' && value[^1] == '"') (value, valueAt) = (value[1..^1], valueAt + 1);
            T OneOf<T>((string Word, T Value)[] words)
            {
                foreach (var (word, v) in words) if (word == value) return v;
                throw new DiagnosticException(At(valueAt, $"Block option {key} is '{value}'; expected one of {string.Join(", ", words.Select(w => w.Word))}.",
                    $"Write //| {key}: {words[0].Word}."));
            }
            bool Flag() => OneOf(BlockOptionWords.Flag);
            int Number() => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n
                : throw new DiagnosticException(At(valueAt, $"Block option {key} is '{value}'; expected a positive whole number."));
            options = key switch
            {
                "echo" => options with { Echo = OneOf(BlockOptionWords.Echo) },
                "output" => options with { Output = OneOf(BlockOptionWords.Output) },
                "label" => options with { Label = CheckLabel(value, (m, h) => At(valueAt, m, h)) },
                "fig-cap" => options with { FigCap = value },
                "tbl-cap" => options with { TblCap = value },
                "eval" => options with { Eval = Flag() },
                "error" => options with { Error = OneOf(BlockOptionWords.Error) },
                "timeout" => options with { Timeout = Number() },
                "cache" => options with { Cache = Flag() },
                "fig-width" => options with { FigWidth = Number() },
                "fig-height" => options with { FigHeight = Number() },
                _ => throw new DiagnosticException(At(keyAt, $"Unknown block option '{key}'.",
                    "Known: echo, output, label, fig-cap, tbl-cap, eval, error, timeout, cache, fig-width, fig-height.")),
            };
        }
        return options with { LineCount = count };
    }

    private static string CheckLabel(string value, Func<string, string?, Diagnostic> at)
    {
        var ok = (value.StartsWith("fig-", StringComparison.Ordinal) || value.StartsWith("tbl-", StringComparison.Ordinal))
                 && value.Length > 4 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
        return ok ? value : throw new DiagnosticException(at($"Label '{value}' must start with fig- or tbl- and use letters, digits, - and _.", null));
    }

    /// <summary>A stable text of the options that change what a block shows, for the cache key.</summary>
    public string CacheText() => string.Join("|", BlockOptionWords.WordOf(BlockOptionWords.Echo, Echo), BlockOptionWords.WordOf(BlockOptionWords.Output, Output),
        Label, FigCap, TblCap, Eval, BlockOptionWords.WordOf(BlockOptionWords.Error, Error), FigWidth, FigHeight);
}
