namespace Blog.Content;

/// <summary>
/// Every link the site writes goes through here, so a base URL with a path (a GitHub project page
/// served under /repo/) is honoured everywhere.
/// </summary>
public sealed class Urls(string baseUrl)
{
    private readonly Uri _base = new(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");

    /// <summary>The path prefix, "/" or "/repo/".</summary>
    public string BasePath => _base.AbsolutePath;

    /// <summary>Root-relative link for a site path such as "/2019/11/x/": "/repo/2019/11/x/", each segment percent-encoded.</summary>
    public string Link(string sitePath) => BasePath + Encode(sitePath.TrimStart('/'));

    /// <summary>Absolute URL, for feeds, sitemaps, canonical and Open Graph links.</summary>
    public string Absolute(string sitePath) => new Uri(_base, Encode(sitePath.TrimStart('/'))).AbsoluteUri;

    /// <summary>Percent-encodes each path segment (Chinese tag names) but keeps a "#fragment" or "?query" as written.</summary>
    private static string Encode(string path)
    {
        var cut = path.IndexOfAny(['#', '?']);
        var (segments, rest) = cut < 0 ? (path, "") : (path[..cut], path[cut..]);
        return string.Join('/', segments.Split('/').Select(s => Uri.EscapeDataString(Uri.UnescapeDataString(s)))) + rest;
    }
}
