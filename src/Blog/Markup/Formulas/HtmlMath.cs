using System.Net;
using Markdig.Renderers;

namespace Blog.Markup.Formulas;

/// <summary>
/// Writes a piece of raw HTML (a raw HTML block, a compute block's table) with the formulas in its
/// text (<see cref="HtmlText"/>: outside tags, comments, <c>script</c>, <c>style</c>, <c>pre</c>,
/// <c>code</c>…) written through <see cref="MathHtml"/>, by the same delimiter rules as Markdown
/// text, so MathJax finds them in the browser and build mode typesets them. Everything else is
/// written byte for byte.
/// </summary>
public static class HtmlMath
{
    public static bool HasFormulas(string html) => Formulas(html).Count > 0;

    /// <summary>The TeX of each formula in the text of <paramref name="html"/>, in order (HTML entities decoded), as <see cref="Write"/> finds them.</summary>
    public static IEnumerable<string> TexOf(string html) =>
        Formulas(html).Select(f => WebUtility.HtmlDecode(html[f.TexStart..f.TexEnd]));

    /// <param name="firstLine">Line of the Markdown file where <paramref name="html"/> starts, for errors in its formulas.</param>
    public static void Write(HtmlRenderer renderer, string html, int firstLine)
    {
        var at = 0;
        foreach (var (start, texStart, texEnd, next, kind) in Formulas(html))
        {
            renderer.Write(html[at..start]);
            MathHtml.Write(renderer, WebUtility.HtmlDecode(html[texStart..texEnd]), kind, block: false, LineOf(html, start, firstLine));
            at = next;
        }
        renderer.Write(html[at..]);
    }

    /// <summary>The formulas <see cref="Write"/> writes for <paramref name="html"/>, in order, as it records them.</summary>
    /// <param name="firstLine">Line of the Markdown file where <paramref name="html"/> starts.</param>
    public static IEnumerable<FormulaOccurrence> Occurrences(string html, int firstLine) =>
        Formulas(html).Select(f => MathHtml.Occurrence(WebUtility.HtmlDecode(html[f.TexStart..f.TexEnd]), f.Kind, LineOf(html, f.Start, firstLine)));

    private static int LineOf(string html, int index, int firstLine) => firstLine + html.AsSpan(0, index).Count('\n');

    /// <summary>Every formula in the text of <paramref name="html"/>, in order.</summary>
    private static List<(int Start, int TexStart, int TexEnd, int Next, MathKind Kind)> Formulas(string html)
    {
        var found = new List<(int, int, int, int, MathKind)>();
        if (!html.Contains('$') && !html.Contains('\\')) return found;
        foreach (var (start, end) in HtmlText.Runs(html))
            for (var i = start; i < end; i++)
            {
                if (html[i] is not ('$' or '\\')) continue;
                var (kind, texStart, texEnd, next) = MathInlineParser.At(html, i, end);
                if (kind is { } k)
                {
                    found.Add((i, texStart, texEnd, next, k));
                    i = next - 1;
                }
                else if (html[i] == '\\') i++; // an escaped character, like \$
            }
        return found;
    }
}
