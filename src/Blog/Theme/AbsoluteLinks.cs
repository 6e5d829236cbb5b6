using System.Text.RegularExpressions;

namespace Blog.Theme;

/// <summary>
/// HTML of a post shown out of its page. Feed readers have no base URL, so every relative href/src
/// ("/repo/x/", "../x.png", "#fn:1") becomes absolute; an excerpt on a list page keeps root-relative
/// links but gets its fragment and relative links pointed back at the post. Both resolve against
/// the post's own URL, as a browser on that page would.
/// </summary>
public static partial class AbsoluteLinks
{
    public static string Rewrite(string html, string pageUrl) => Rebase(html, pageUrl, u => u.AbsoluteUri);

    public static string RootRelative(string html, string pageUrl) => Rebase(html, pageUrl, u => u.PathAndQuery + u.Fragment);

    private static string Rebase(string html, string pageUrl, Func<Uri, string> format)
    {
        var page = new Uri(pageUrl);
        return Attribute().Replace(html, m =>
        {
            var value = System.Net.WebUtility.HtmlDecode(m.Groups[2].Value);
            // Uri.TryCreate(…, Absolute) would take "/x" for a file path on Unix: look for a scheme instead.
            if (Scheme().IsMatch(value) || !Uri.TryCreate(page, value, out var absolute)) return m.Value;
            return $"{m.Groups[1].Value}=\"{System.Net.WebUtility.HtmlEncode(format(absolute))}\"";
        });
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex("\\b(href|src)=\"([^\"]*)\"")]
    private static partial Regex Attribute();
}
