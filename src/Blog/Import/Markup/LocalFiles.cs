using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Import.Markup;

/// <summary>
/// The files a post uses (images, PDFs, data linked from Markdown or from <c>&lt;img src&gt;</c>, <c>&lt;a href&gt;</c>
/// in its HTML, read with AngleSharp): each one that the source holds is listed to be copied beside the post
/// and its link rewritten to the file's name; one that is missing is reported at its line and its link left
/// as written (the build's link check then names it too). Nothing is invented.
/// </summary>
public static class LocalFiles
{
    private static readonly MarkdownPipeline Plain = new MarkdownPipelineBuilder().UsePipeTables().UsePreciseSourceLocation().Build();
    private static readonly HashSet<string> PageExtensions = new(StringComparer.OrdinalIgnoreCase) { "", ".html", ".htm", ".md", ".markdown", ".php" };

    /// <param name="resolve">The source file a URL names (absolute path), or null when the URL is not a file of the source (a page, another site).</param>
    /// <param name="firstLine">Line of the source file the text starts on.</param>
    public static string Collect(string text, int firstLine, ImportedEntry entry, ImportReport report, Func<string, string?> resolve)
    {
        var document = Markdown.Parse(text, Plain);
        var edits = new List<(int Start, int Length, string Url)>();
        foreach (var node in document.Descendants())
        {
            if (node is LinkInline { Url: { } url } link && !link.UrlSpan.IsEmpty && (link.IsImage || IsFile(url)))
            {
                if (Use(url, link.Line + firstLine, entry, report, resolve) is { } name)
                    edits.Add((link.UrlSpan.Start, link.UrlSpan.Length, name));
            }
            else if (node is HtmlBlock or HtmlInline)
            {
                var span = node is HtmlBlock b ? b.Span : ((HtmlInline)node).Span;
                if (span.IsEmpty || span.Start < 0) continue;
                var html = text.Substring(span.Start, Math.Min(span.Length, text.Length - span.Start));
                var line = (node is HtmlBlock hb ? hb.Line : ((HtmlInline)node).Line) + firstLine;
                foreach (var value in HtmlUrls(html).Distinct())
                    if (Use(value, line, entry, report, resolve) is { } name)
                        for (var at = html.IndexOf(value, StringComparison.Ordinal); at >= 0; at = html.IndexOf(value, at + value.Length, StringComparison.Ordinal))
                            if (at > 0 && html[at - 1] is '"' or '\'' or '=')
                                edits.Add((span.Start + at, value.Length, name));
            }
        }
        foreach (var (start, length, url) in edits.OrderByDescending(e => e.Start))
            text = text[..start] + url + text[(start + length)..];
        return text;
    }

    /// <summary>URLs of images and linked files in an HTML fragment (<c>img src</c>, <c>a href</c> to a file, <c>source src</c>).</summary>
    public static IEnumerable<string> HtmlUrls(string html)
    {
        var fragment = new HtmlParser().ParseDocument("<body>" + html);
        foreach (var element in fragment.Body!.QuerySelectorAll("img[src], source[src], video[src], audio[src], embed[src]"))
            yield return element.GetAttribute("src")!;
        foreach (var element in fragment.Body.QuerySelectorAll("a[href]"))
            if (IsFile(element.GetAttribute("href")!)) yield return element.GetAttribute("href")!;
    }

    private static bool IsFile(string url)
    {
        if (url.Contains("://") || url.StartsWith('#') || url.StartsWith("mailto:")) return false;
        var path = url.Split('#', '?')[0];
        return !PageExtensions.Contains(Path.GetExtension(path)) && !path.EndsWith('/');
    }

    /// <summary>The name the file gets beside the post, or null when the URL is not a file of the source (or is missing).</summary>
    private static string? Use(string url, int line, ImportedEntry entry, ImportReport report, Func<string, string?> resolve)
    {
        if (url.Contains("://") || url.StartsWith("//") || url.StartsWith("data:") || url.StartsWith('#')) return null;
        var path = resolve(Uri.UnescapeDataString(url.Split('#', '?')[0]));
        if (path is null) return null;
        if (!File.Exists(path))
        {
            report.Add(report.MissingFiles, entry.SourceFile, line, $"'{url}' is not in the source; the link is left as written.");
            return null;
        }
        var existing = entry.Files.FirstOrDefault(f => f.SourcePath == path);
        if (existing is not null) return existing.Name;
        var name = Path.GetFileName(path);
        var stem = Path.GetFileNameWithoutExtension(name);
        for (var n = 2; entry.Files.Any(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)) || name.Equals("index.md", StringComparison.OrdinalIgnoreCase); n++)
            name = $"{stem}-{n}{Path.GetExtension(path)}";
        entry.Files.Add(new BundleFile(path, name));
        return Uri.EscapeDataString(name);
    }
}
