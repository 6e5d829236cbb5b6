using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Import.Markup;

/// <summary>
/// The files a post uses (images, PDFs, data linked from Markdown or from <c>&lt;img src&gt;</c>, <c>&lt;a href&gt;</c>
/// in its HTML, read with AngleSharp): each one that the source holds is listed to be copied beside the post
/// and its link rewritten to the file's name. One that is missing is reported at its line and nothing is
/// invented: its address moves into a <c>data-missing-src</c> / <c>data-missing-href</c> attribute, so the page shows
/// the image's alt text or the link's text, requests nothing, builds (the link check reads no <c>data-</c> attribute)
/// and keeps the address to fix: <c>![a](x.png)</c> becomes <c>&lt;img alt="a" data-missing-src="x.png"&gt;</c>,
/// <c>[t](x.pdf)</c> becomes <c>&lt;a data-missing-href="x.pdf"&gt;t&lt;/a&gt;</c>, and <c>src=</c> in HTML <c>data-missing-src=</c>.
/// </summary>
public static class LocalFiles
{
    private static readonly MarkdownPipeline Plain = new MarkdownPipelineBuilder().UsePipeTables().UsePreciseSourceLocation().Build();
    private static readonly HashSet<string> PageExtensions = new(StringComparer.OrdinalIgnoreCase) { "", ".html", ".htm", ".md", ".markdown", ".php" };

    /// <param name="resolve">The source file a URL names (absolute path), or null when the URL is not a file of the source (a page, another site).</param>
    /// <param name="firstLine">Line of the source file the text starts on.</param>
    public static string Collect(string text, int firstLine, ImportedEntry entry, ImportReport report, Func<string, string?> resolve)
    {
        entry.FirstLine = firstLine;
        var document = Markdown.Parse(text, Plain);
        var edits = new List<(int Start, int Length, string Url)>();
        foreach (var node in document.Descendants())
        {
            if (node is LinkInline { Url: { } url } link && !link.UrlSpan.IsEmpty && (link.IsImage || IsFile(url)))
            {
                var name = Use(url, link.Line + firstLine, entry, report, resolve);
                if (name == Missing) edits.Add((link.Span.Start, link.Span.Length, MissingLink(link, text)));
                else if (name is not null) edits.Add((link.UrlSpan.Start, link.UrlSpan.Length, name));
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
                            {
                                if (name != Missing) edits.Add((span.Start + at, value.Length, name));
                                else if (AttributeNameBefore(html, at) is { } attribute) edits.Add((span.Start + attribute, 0, "data-missing-"));
                            }
            }
        }
        foreach (var (start, length, url) in edits.OrderByDescending(e => e.Start))
            text = text[..start] + url + text[(start + length)..];
        return text;
    }

    /// <summary>
    /// Moves the address of each link (Markdown links, <c>a href</c> in HTML) that <paramref name="broken"/> picks into a
    /// <c>data-missing-href</c> attribute, keeping its text, and closes a self-closing <c>&lt;a …/&gt;</c> (<c>&lt;a …&gt;&lt;/a&gt;</c>).
    /// <paramref name="broken"/> gets the URL and its 0-based line in the text.
    /// </summary>
    public static string Edit(string text, Func<string, int, bool> broken)
    {
        var document = Markdown.Parse(text, Plain);
        var edits = new List<(int Start, int Length, string Url)>();
        foreach (var node in document.Descendants())
        {
            if (node is LinkInline { IsImage: false, Url: { } url } link && !link.Span.IsEmpty && !link.UrlSpan.IsEmpty && broken(url, link.Line))
                edits.Add((link.Span.Start, link.Span.Length, MissingLink(link, text)));
            else if (node is HtmlBlock or HtmlInline)
            {
                var span = node is HtmlBlock b ? b.Span : ((HtmlInline)node).Span;
                if (span.IsEmpty || span.Start < 0) continue;
                var html = text.Substring(span.Start, Math.Min(span.Length, text.Length - span.Start));
                var line = node is HtmlBlock hb ? hb.Line : ((HtmlInline)node).Line;
                // HTML has no self-closing <a/>: a browser leaves it open and links the rest of the page; the author meant an empty anchor.
                if (node is HtmlInline { Tag: var tag } && tag.StartsWith("<a", StringComparison.OrdinalIgnoreCase) && tag.EndsWith("/>", StringComparison.Ordinal))
                    edits.Add((span.Start + html.LastIndexOf("/>", StringComparison.Ordinal), 2, "></a>"));
                var fragment = new HtmlParser().ParseDocument("<body>" + html);
                foreach (var value in fragment.Body!.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Distinct())
                {
                    if (!broken(value, line)) continue;
                    for (var at = html.IndexOf(value, StringComparison.Ordinal); at >= 0; at = html.IndexOf(value, at + Math.Max(1, value.Length), StringComparison.Ordinal))
                        if (AttributeNameBefore(html, at) is { } attribute && html.AsSpan(attribute).StartsWith("href"))
                            edits.Add((span.Start + attribute, 0, "data-missing-"));
                }
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

    /// <summary>What <see cref="Use"/> returns for a file the source lacks.</summary>
    private const string Missing = "\0missing";

    /// <summary>A Markdown link or image whose file is missing, as HTML that keeps its text and its address in a <c>data-</c> attribute.</summary>
    private static string MissingLink(LinkInline link, string text)
    {
        var label = link.LabelSpan.IsEmpty ? "" : text.Substring(link.LabelSpan.Start, link.LabelSpan.Length);
        var url = System.Net.WebUtility.HtmlEncode(link.Url);
        return link.IsImage
            ? $"<img alt=\"{System.Net.WebUtility.HtmlEncode(label)}\" data-missing-src=\"{url}\">"
            : $"<a data-missing-href=\"{url}\">{label}</a>";
    }

    /// <summary>The index of the attribute name whose value starts at <paramref name="valueAt"/> (<c>src="…</c>), or null.</summary>
    private static int? AttributeNameBefore(string html, int valueAt)
    {
        var k = valueAt - 1;
        if (k >= 0 && html[k] is '"' or '\'') k--;
        while (k >= 0 && char.IsWhiteSpace(html[k])) k--;
        if (k < 0 || html[k] != '=') return null;
        k--;
        while (k >= 0 && char.IsWhiteSpace(html[k])) k--;
        var end = k;
        while (k >= 0 && (char.IsAsciiLetterOrDigit(html[k]) || html[k] == '-')) k--;
        return end > k && k >= 0 && char.IsWhiteSpace(html[k]) ? k + 1 : null;
    }

    /// <summary>The name the file gets beside the post; <see cref="Missing"/> when the source lacks it; null when the URL is not a file of the source.</summary>
    private static string? Use(string url, int line, ImportedEntry entry, ImportReport report, Func<string, string?> resolve)
    {
        if (url.Contains("://") || url.StartsWith("//") || url.StartsWith("data:") || url.StartsWith('#')) return null;
        var path = resolve(Uri.UnescapeDataString(url.Split('#', '?')[0]));
        if (path is null) return null;
        if (!File.Exists(path))
        {
            var scheme = url.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? $" (a web address? write https://{url})" : "";
            report.Add(report.MissingFiles, entry.SourceFile, line,
                $"'{url}' is not in the source{scheme}; its text is kept and the address moved to a data-missing- attribute.");
            return Missing;
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
