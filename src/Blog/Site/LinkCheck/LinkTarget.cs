namespace Blog.Site.LinkCheck;

/// <summary>Where a URL on a page points, from the site's point of view.</summary>
public abstract record LinkTarget
{
    /// <summary>A file of this site: its path below the base path (decoded, "" for the home page) and fragment.</summary>
    public sealed record Internal(string Path, string Fragment) : LinkTarget;

    /// <summary>Another site; listed by <c>check --external</c>, never fetched.</summary>
    public sealed record External(string Url) : LinkTarget;

    /// <summary>This host, but not below the base path: a root-relative link that forgot the base path.</summary>
    public sealed record OutsideBase(string Path) : LinkTarget;

    /// <summary>mailto:, javascript:, data:, an empty href: nothing to check.</summary>
    public sealed record Ignored : LinkTarget;

    public sealed record Invalid : LinkTarget;

    /// <summary>Resolves <paramref name="url"/> as the browser would on the page at <paramref name="page"/>.</summary>
    public static LinkTarget Resolve(string url, Uri page, Uri siteBase)
    {
        if (url.Length == 0) return new Ignored();
        if (!Uri.TryCreate(page, url, out var absolute)) return new Invalid();
        if (absolute.Scheme != Uri.UriSchemeHttp && absolute.Scheme != Uri.UriSchemeHttps) return new Ignored();
        if (!string.Equals(absolute.Authority, siteBase.Authority, StringComparison.OrdinalIgnoreCase))
            return new External(absolute.AbsoluteUri);
        var path = absolute.AbsolutePath;
        var basePath = siteBase.AbsolutePath;
        if (!path.StartsWith(basePath, StringComparison.Ordinal) && path + "/" != basePath)
            return new OutsideBase(Uri.UnescapeDataString(path));
        var below = path.Length >= basePath.Length ? path[basePath.Length..] : "";
        return new Internal(Uri.UnescapeDataString(below), Uri.UnescapeDataString(absolute.Fragment.TrimStart('#')));
    }
}
