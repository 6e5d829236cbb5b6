using System.Text.RegularExpressions;
using Blog.Diagnostics;

namespace Blog.Markup.Diagrams;

/// <summary>
/// The <c>%| key: value</c> lines at the top of a ```tikz block (TeX comments, so the body stays valid
/// TeX), in the manner of Quarto's cell options. An unknown key or a bad value is a mistake at its line
/// and column, never ignored.
/// </summary>
public sealed partial record TikzOptions
{
    /// <summary><c>label: fig-…</c>: a numbered figure, referred to with <c>@fig-…</c>.</summary>
    public string? Label { get; init; }
    /// <summary><c>fig-cap:</c> the caption, one line of Markdown (emphasis, math).</summary>
    public string? Caption { get; init; }
    /// <summary><c>packages:</c> LaTeX packages loaded besides those the body shows it needs, comma-separated.</summary>
    public IReadOnlyList<string> Packages { get; init; } = [];
    /// <summary><c>libraries:</c> TikZ libraries (<c>\usetikzlibrary</c>), comma-separated.</summary>
    public IReadOnlyList<string> Libraries { get; init; } = [];
    /// <summary><c>width:</c> a CSS length the diagram is scaled to (<c>300px</c>, <c>80%</c>, <c>12em</c>); null: its natural size.</summary>
    public string? Width { get; init; }
    /// <summary><c>alt:</c> the text alternative; null: the caption's text.</summary>
    public string? Alt { get; init; }
    /// <summary>Lines the options take at the top of the block.</summary>
    public int LineCount { get; init; }
    /// <summary>The line of each option key as <see cref="Parse"/> was told to count them (see its firstLine), for errors about its value.</summary>
    public IReadOnlyDictionary<string, int> Lines { get; init; } = new Dictionary<string, int>();

    /// <summary>The keys a block may set, in the order messages list them.</summary>
    public static readonly IReadOnlyList<string> Keys = ["label", "fig-cap", "packages", "libraries", "width", "alt"];

    /// <summary>
    /// Reads the option lines at the top of <paramref name="body"/>; <paramref name="firstLine"/> is the
    /// line number given to the body's first line, <paramref name="column"/> the file column of its first character.
    /// Mistakes are added to <paramref name="errors"/> and the option left out.
    /// </summary>
    public static TikzOptions Parse(IReadOnlyList<string> body, string file, int firstLine, int column, List<Diagnostic> errors)
    {
        var options = new TikzOptions();
        var lines = new Dictionary<string, int>();
        var count = 0;
        for (; count < body.Count && body[count].TrimStart().StartsWith("%|", StringComparison.Ordinal); count++)
        {
            var raw = body[count];
            var text = raw.TrimStart()[2..];
            var start = raw.Length - raw.TrimStart().Length + 2;
            var line = firstLine + count;
            var colon = text.IndexOf(':');
            if (colon < 0)
            {
                errors.Add(Diagnostic.Error(file, line, column + start, $"tikz option '{text.Trim()}' has no value.", "Write options as %| key: value."));
                continue;
            }
            var key = text[..colon].Trim();
            var value = text[(colon + 1)..].Trim();
            var valueColumn = column + start + colon + 1 + (text[(colon + 1)..].Length - text[(colon + 1)..].TrimStart().Length);
            if (value.Length >= 2 && value[0] == '"' && value[^1] == '"') value = value[1..^1];
            Diagnostic Bad(string message, string? hint = null) => Diagnostic.Error(file, line, valueColumn, message, hint);
            lines[key] = line;
            switch (key)
            {
                case "label" when LabelPattern().IsMatch(value):
                    options = options with { Label = value };
                    break;
                case "label":
                    errors.Add(Bad($"The label '{value}' of a tikz block must start with fig- and use letters, digits, - and _.", "Write %| label: fig-square."));
                    break;
                case "fig-cap":
                    options = options with { Caption = value };
                    break;
                case "packages" or "libraries":
                    var names = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                    if (names.FirstOrDefault(n => !NamePattern().IsMatch(n)) is { } odd)
                        errors.Add(Bad($"'{odd}' is not the name of a {(key == "packages" ? "package" : "TikZ library")}.", $"Write %| {key}: a, b (names separated by commas)."));
                    else options = key == "packages" ? options with { Packages = names } : options with { Libraries = names };
                    break;
                case "width" when WidthPattern().IsMatch(value):
                    options = options with { Width = value };
                    break;
                case "width":
                    errors.Add(Bad($"The width '{value}' is not a CSS length.", "Write %| width: 300px (or 80%, 12em)."));
                    break;
                case "alt":
                    options = options with { Alt = value };
                    break;
                default:
                    errors.Add(Diagnostic.Error(file, line, column + start + text.IndexOf(key, StringComparison.Ordinal), $"Unknown tikz option '{key}'.",
                        "Known: " + string.Join(", ", Keys) + "."));
                    break;
            }
        }
        return options with { LineCount = count, Lines = lines };
    }

    [GeneratedRegex(@"^fig-[A-Za-z0-9_-]+$")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9.\-]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^(\d+(\.\d+)?|\.\d+)(px|em|rem|%|pt|cm|mm|in|ex|ch|vw)$")]
    private static partial Regex WidthPattern();
}
