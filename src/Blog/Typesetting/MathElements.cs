using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Blog.Typesetting;

/// <summary>
/// Finds the math elements our Markdown extension writes (see Markdown/Math/MathHtml.cs) in an
/// HTML fragment and puts typeset math in their place. Their TeX is HTML-escaped, so it holds no
/// '&lt;' and a regular expression finds the element's end reliably.
/// </summary>
public static partial class MathElements
{
    [GeneratedRegex("""<(span|div) class="math (inline|display)"(?: data-line="(\d+)")?>([^<]*)</\1>""")]
    private static partial Regex Element();

    public sealed record Found(int Index, int Length, string Tag, string Attributes, int Line, Formula Formula);

    public static IReadOnlyList<Found> Find(string html) => Element().Matches(html).Select(m => new Found(
        m.Index, m.Length, m.Groups[1].Value,
        html.Substring(m.Index + 1 + m.Groups[1].Length, m.Groups[4].Index - 1 - (m.Index + 1 + m.Groups[1].Length)),
        m.Groups[3].Success ? int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) : 0,
        new Formula(WebUtility.HtmlDecode(m.Groups[4].Value), m.Groups[2].Value == "display"))).ToList();

    /// <summary>
    /// Each found element keeps its tag and attributes (class, data-line), gets the typeset math
    /// inside, and keeps its source in data-tex, the text it had in client mode, so the TeX is never
    /// lost (a reader can copy it; the link checker reads \label and \eqref from it).
    /// </summary>
    public static string Replace(string html, IReadOnlyList<Found> found, Func<Found, string> typeset)
    {
        var result = new StringBuilder(html.Length * 4);
        var at = 0;
        foreach (var f in found)
        {
            result.Append(html, at, f.Index - at)
                .Append('<').Append(f.Tag).Append(f.Attributes)
                .Append(" data-tex=\"").Append(WebUtility.HtmlEncode(f.Formula.Text)).Append('"')
                // The site search indexes the TeX, not the typeset markup (Site/Search/SearchIndexer.cs).
                .Append(" data-pagefind-index-attrs=\"data-tex\">")
                .Append(typeset(f))
                .Append("</").Append(f.Tag).Append('>');
            at = f.Index + f.Length;
        }
        return result.Append(html, at, html.Length - at).ToString();
    }
}
