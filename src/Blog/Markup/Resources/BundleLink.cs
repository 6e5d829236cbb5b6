namespace Blog.Markup.Resources;

/// <summary>A link URL that may name a file beside the Markdown file: its decoded relative path and its <c>?query</c>/<c>#fragment</c>.</summary>
public sealed record BundleLink(string Path, string Suffix)
{
    private static readonly HashSet<string> PageExtensions = new([".md", ".markdown", ".html", ".htm"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The relative file path <paramref name="url"/> names, or null when it is no such link: empty, a
    /// fragment, a site path (<c>/x</c>), a URL with a scheme (<c>https:</c>, <c>mailto:</c>), a folder,
    /// a path without a file extension, or a page (<c>.md</c>, <c>.html</c>).
    /// </summary>
    public static BundleLink? Parse(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] is '/' or '#' or '?' || url.StartsWith('\\')) return null;
        var cut = url.IndexOfAny(['?', '#']);
        var (path, suffix) = cut < 0 ? (url, "") : (url[..cut], url[cut..]);
        var colon = path.IndexOf(':');
        if (colon >= 0 && (path.IndexOf('/') is var slash && (slash < 0 || colon < slash))) return null; // a scheme
        if (path.EndsWith('/')) return null;
        string decoded;
        try { decoded = Uri.UnescapeDataString(path); }
        catch (UriFormatException) { return null; }
        var extension = System.IO.Path.GetExtension(decoded);
        if (extension.Length <= 1 || PageExtensions.Contains(extension)) return null;
        return new BundleLink(decoded, suffix);
    }
}
