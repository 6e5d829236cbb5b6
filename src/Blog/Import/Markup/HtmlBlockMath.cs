using System.Net;
using System.Text;
using Blog.Markup.Formulas;

namespace Blog.Import.Markup;

/// <summary>
/// A raw HTML block of a Markdown post (a table, a figure): the source's Markdown leaves it alone, but the
/// source's MathJax reads formulas in its text (not in tags, comments, <c>pre</c>, <c>code</c>, <c>script</c>…,
/// <see cref="HtmlText"/>) by its own delimiters (<see cref="MathDialect.HtmlDialect"/>). This site reads the text
/// of raw HTML by its Markdown rules (<see cref="HtmlMath"/>), so each formula is written in a form ours reads the
/// same, and a dollar that was text there is written <c>&amp;#36;</c>, which shows a dollar and opens no formula.
/// Tags, attributes and everything else stay as written; entities in TeX are decoded for the count, as ours does.
/// </summary>
public static class HtmlBlockMath
{
    /// <param name="formulas">The formulas found are added here, in order.</param>
    public static string Rewrite(string html, MathDialect dialect, int firstLine, List<SourceFormula> formulas)
    {
        if (!html.Contains('$') && !html.Contains('\\')) return html;
        var output = new StringBuilder(html.Length + 16);
        var at = 0;
        foreach (var (start, end) in HtmlText.Runs(html))
        {
            output.Append(html, at, start - at);
            var line = firstLine + html.AsSpan(0, start).Count('\n');
            var (written, found) = MathRewriter.Rewrite(html[start..end], dialect, line, marked: true);
            formulas.AddRange(found.Select(f => f with { Tex = WebUtility.HtmlDecode(f.Tex) }));
            foreach (var (part, i) in written.Split('\u0001').Select((p, i) => (p, i)))
            {
                var close = i > 0 ? part.IndexOf('\u0002') : -1;
                if (close >= 0) output.Append(part, 0, close);
                output.Append(part[(close + 1)..].Replace(@"\$", "&#36;"));
            }
            at = end;
        }
        output.Append(html, at, html.Length - at);
        return output.ToString();
    }
}
