namespace Blog.Content;

/// <summary>
/// Where the redirect page of an alias is written. Hugo's rule: an alias ending in '/' or whose last
/// segment has no extension is a folder (<c>/old/name</c> → <c>old/name/index.html</c>); one naming a
/// file keeps its name (<c>/2015/05/31/x.html</c> → <c>2015/05/31/x.html</c>).
/// </summary>
public static class AliasPaths
{
    /// <summary>The output path (relative, '/'-separated) for <paramref name="alias"/>; null when it is not a plain site path.</summary>
    public static string? Destination(string alias)
    {
        var path = alias.Trim();
        if (!path.StartsWith('/') || path.StartsWith("//") || path.IndexOfAny(['?', '#', '\\', '\0']) >= 0) return null;
        var segments = path.Trim('/').Split('/');
        if (segments.Any(s => s is "." or ".." || (s.Length == 0 && path.Trim('/').Length > 0))) return null;
        var trimmed = path.Trim('/');
        if (trimmed.Length == 0) return "index.html";
        var last = segments[^1];
        return path.EndsWith('/') || !last.Contains('.') ? trimmed + "/index.html" : trimmed;
    }
}
