using System.Text.RegularExpressions;

namespace Blog.Site;

/// <summary>Feed readers have no base URL: root-relative href/src attributes become absolute.</summary>
public static partial class AbsoluteLinks
{
    public static string Rewrite(string html, Urls urls) => RootRelative().Replace(html, m =>
    {
        var path = m.Groups[2].Value;
        var sitePath = path.StartsWith(urls.BasePath, StringComparison.Ordinal) ? path[(urls.BasePath.Length - 1)..] : path;
        return $"{m.Groups[1].Value}=\"{urls.Absolute(Uri.UnescapeDataString(sitePath))}\"";
    });

    [GeneratedRegex("(href|src)=\"(/[^\"/][^\"]*|/)\"")]
    private static partial Regex RootRelative();
}
