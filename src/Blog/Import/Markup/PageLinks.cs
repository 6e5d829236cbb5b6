using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Import.Markup;

/// <summary>
/// Links written in Markdown to a page's old address (<c>/2015/05/31/x.html</c>, a Hugo <c>url</c>) are rewritten
/// to its new permalink, so the site's pages link straight to each other rather than through redirect pages.
/// </summary>
public static class PageLinks
{
    private static readonly MarkdownPipeline Plain = new MarkdownPipelineBuilder().UsePipeTables().UsePreciseSourceLocation().Build();

    /// <param name="newPath">The new site path for an old one (without fragment), or null to leave the link.</param>
    public static string Rewrite(string text, Func<string, string?> newPath, ImportReport report)
    {
        var edits = new List<(int Start, int Length, string Url)>();
        foreach (var link in Markdown.Parse(text, Plain).Descendants<LinkInline>())
        {
            if (link.IsImage || link.Url is not { } url || link.UrlSpan.IsEmpty) continue;
            var hash = url.IndexOf('#');
            var path = hash >= 0 ? url[..hash] : url;
            // An old address may be written percent-encoded (/post/%E7%BA%BF/) or as text (/post/线/): both are tried.
            if (path.Length == 0 || (newPath(path) ?? newPath(Unescape(path))) is not { } target) continue;
            edits.Add((link.UrlSpan.Start, link.UrlSpan.Length, target + (hash >= 0 ? url[hash..] : "")));
        }
        foreach (var (start, length, url) in edits.OrderByDescending(e => e.Start))
            text = text[..start] + url + text[(start + length)..];
        lock (report) report.LinksRewritten += edits.Count;
        return text;
    }

    private static string Unescape(string path)
    {
        try { return Uri.UnescapeDataString(path); }
        catch (UriFormatException) { return path; }
    }
}
