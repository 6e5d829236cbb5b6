using System.Text.RegularExpressions;

namespace Blog.Site.LinkCheck;

/// <summary>The <c>url(…)</c> and <c>@import "…"</c> references of a stylesheet, relative to the stylesheet.</summary>
public static partial class CssScan
{
    public static IReadOnlyList<FoundLink> Of(string css) => Url().Matches(Comment().Replace(css, ""))
        .Select(m => m.Groups["url"].Value.Trim())
        .Where(u => u.Length > 0 && !u.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        .Select(u => new FoundLink(u, 0))
        .ToList();

    [GeneratedRegex("""url\(\s*(['"]?)(?<url>[^'")]*)\1\s*\)|@import\s+(['"])(?<url>[^'"]*)\3""")]
    private static partial Regex Url();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();
}
