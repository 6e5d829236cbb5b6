using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Markup.Links;

/// <summary>Gives root-relative link and image URLs of a parsed document the site's base path.</summary>
public static class SitePathLinks
{
    public static void Rewrite(MarkdownDocument document, Func<string, string> link)
    {
        foreach (var inline in document.Descendants<LinkInline>())
        {
            if (IsSitePath(inline.Url)) inline.Url = link(inline.Url!);
        }
    }

    /// <summary>"/x" is a site path; "//host/x" is a scheme-relative external URL.</summary>
    public static bool IsSitePath(string? url) => url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal);
}
