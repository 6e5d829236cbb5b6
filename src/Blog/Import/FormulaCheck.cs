using Blog.Markup;
using Blog.Markup.Formulas;
using Markdig;
using Markdig.Syntax;

namespace Blog.Import;

/// <summary>
/// Every formula survives: the written Markdown is parsed by this site's own Markdig pipeline
/// (<see cref="MarkdownSetup"/>, the rules of README's Math section) and its math nodes are compared, in
/// order, with the formulas the source's rules found. The first one that differs is reported at its line.
/// </summary>
public static class FormulaCheck
{
    private static readonly MarkdownPipeline Pipeline = MarkdownSetup.Create();

    /// <summary>The TeX of each formula our parser finds in <paramref name="markdown"/>, in document order.</summary>
    public static List<string> Ours(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var found = new List<(int Line, int Column, string Tex)>();
        foreach (var node in document.Descendants())
            switch (node)
            {
                case MathBlock block: found.Add((block.Line, block.Column, block.Tex)); break;
                case MathInline inline: found.Add((inline.Line, inline.Column, inline.Tex)); break;
                case HtmlBlock html:
                    var column = 0;
                    foreach (var tex in HtmlMath.TexOf(html.Lines.ToString())) found.Add((html.Line, column++, tex));
                    break;
            }
        return found.OrderBy(f => f.Line).ThenBy(f => f.Column).Select(f => f.Tex).ToList();
    }

    /// <summary>Compares; returns the number of formulas ours found and notes the first difference in <paramref name="report"/>.</summary>
    public static int Compare(ImportedEntry entry, string written, ImportReport report)
    {
        var ours = Ours(entry.Body);
        var source = entry.SourceFormulas;
        for (var i = 0; i < Math.Max(ours.Count, source.Count); i++)
        {
            if (i < ours.Count && i < source.Count && Same(ours[i], source[i].Tex)) continue;
            var line = i < source.Count ? source[i].Line : source.Count > 0 ? source[^1].Line : 0;
            var what = i < source.Count
                ? $"formula {i + 1} of {source.Count}, {Show(source[i].Tex)}, " + (i < ours.Count ? $"reads as {Show(ours[i])} in {written}" : $"is missing from {written}")
                : $"{written} has a formula the source did not: {Show(ours[i])}";
            report.Add(report.FormulaDifferences, entry.SourceFile, line, $"{what} (source {source.Count}, imported {ours.Count}).");
            break;
        }
        return ours.Count;
    }

    private static bool Same(string a, string b) => Squeeze(a) == Squeeze(b);

    private static string Squeeze(string tex) => string.Concat(tex.Where(c => !char.IsWhiteSpace(c)));

    private static string Show(string tex)
    {
        var flat = string.Join(' ', tex.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return "`" + (flat.Length > 60 ? flat[..57] + "…" : flat).Replace("`", "'") + "`";
    }
}
