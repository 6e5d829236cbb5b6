namespace Blog.Preview;

/// <summary>
/// Turns a request path into a destination inside the site, or refuses it. Kestrel already decodes
/// and folds dot segments; this is the second lock: anything that could name a file outside the
/// output (a "..", a backslash, a drive or stream colon, a NUL or other control character, a path
/// outside the base path) is refused before any lookup.
/// </summary>
public static class RequestPaths
{
    /// <param name="path">The decoded request path, starting with '/'.</param>
    /// <param name="basePath">The site's base path, "/" or "/repo/".</param>
    /// <param name="destination">The path relative to the output folder; ends in '/' for a folder.</param>
    public static bool TryResolve(string path, string basePath, out string destination)
    {
        destination = "";
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            // "/repo" without its slash is still the site's home.
            if (path + "/" != basePath) return false;
            path = basePath;
        }
        var rest = path[basePath.Length..];
        if (rest.Any(c => c == '\\' || c == ':' || char.IsControl(c))) return false;
        var segments = rest.Split('/');
        if (segments.Any(s => s is "." or "..") || rest.StartsWith('/')) return false;
        if (segments.SkipLast(1).Any(s => s.Length == 0)) return false; // "a//b"
        destination = rest;
        return true;
    }

    /// <summary>The URL path of a destination: "2019/11/x/index.html" → "/repo/2019/11/x/".</summary>
    public static string UrlOf(string destination, string basePath) =>
        basePath + (destination == "index.html" ? "" : destination.EndsWith("/index.html", StringComparison.Ordinal)
            ? destination[..^"index.html".Length]
            : destination);
}
