using AngleSharp.Html.Parser;
using Blog.Markup;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Import.Markup;

/// <summary>
/// Links that were already broken in the source, found once every entry is converted (their new addresses and
/// headings known), so the imported site builds and the blogger gets a list instead of a failed link check:
/// <list type="bullet">
/// <item>a fragment (<c>#x</c>, or <c>/new/address/#x</c> of an imported entry) that names no heading id (as this site
/// gives them: <see cref="MarkdownSetup"/>), no <c>{#id}</c> and no <c>id</c>/<c>name</c> in the entry's HTML;
/// footnote marks (<c>#fn…</c>) and equation references are left to the build;</item>
/// <item>a relative address that is neither a fragment nor a file copied beside the entry (<c>TBA</c>,
/// <c>tensorflow.org/x</c> without its scheme): on the source it named nothing either.</item>
/// </list>
/// <item>a site path of a page (<c>/randpic/people/</c>: no extension) that is no imported entry's address or old address
/// and none of this site's own pages: a page of the old site's theme or static folder, which is not imported.</item>
/// Each is reported at its line and kept as text, its address moved to <c>data-missing-href</c>
/// (<see cref="LocalFiles"/>' rule for a missing file). Site paths of files are <see cref="LocalFiles"/>' and the build's.
/// </summary>
public static class BrokenLinks
{
    private static readonly MarkdownPipeline Ours = MarkdownSetup.Create();

    /// <param name="addressOf">The site path (ending in '/') each entry will have.</param>
    /// <param name="sitePages">Site paths of this site's own pages (home, archive, tags, search, pages already in input/), '/'-ended.</param>
    public static void Mark(IReadOnlyList<ImportedEntry> entries, Func<ImportedEntry, string> addressOf, IEnumerable<string> sitePages, ImportReport report)
    {
        var anchors = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var entry in entries) anchors[addressOf(entry)] = AnchorsOf(entry.Body);
        var pages = new HashSet<string>(sitePages, StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
            foreach (var old in entry.OldPaths) pages.Add("/" + old.Trim('/') + "/");
        foreach (var entry in entries)
        {
            var own = addressOf(entry);
            entry.Body = LocalFiles.Edit(entry.Body, (url, line) =>
            {
                if (!Broken(url, own, entry, anchors, pages)) return false;
                var scheme = url.Split('/', '#')[0].Contains('.') && !url.StartsWith('.') ? $" (a web address? write https://{url})" : "";
                var what = url.StartsWith('/') && !url.Contains('#')
                    ? "names no page of the imported blog (a page of the old theme or static folder is not imported)"
                    : "names nothing in the source either" + scheme;
                report.Add(report.BrokenLinks, entry.SourceFile, line + entry.FirstLine, $"'{url}' {what}; its text is kept and the address moved to data-missing-href.");
                return true;
            });
        }
    }

    private static bool Broken(string url, string own, ImportedEntry entry, Dictionary<string, HashSet<string>> anchors, HashSet<string> pages)
    {
        if (url.Length == 0 || url.Contains(':') || url.StartsWith("//", StringComparison.Ordinal)) return false;
        var hash = url.IndexOf('#');
        var path = hash >= 0 ? url[..hash] : url;
        var fragment = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;
        if (path.StartsWith('/'))
        {
            var key = path.EndsWith('/') ? path : path + "/";
            if (anchors.TryGetValue(key, out var there)) return fragment is { Length: > 0 } && !Generated(fragment) && !there.Contains(fragment);
            // A page address (no file extension) that is no entry's, no old address and none of this site's pages.
            var bare = path.Split('?')[0];
            return !Path.HasExtension(bare.TrimEnd('/')) && !pages.Contains(bare.TrimEnd('/') + "/")
                && !pages.Any(p => p.EndsWith("/*/", StringComparison.Ordinal) && bare.StartsWith(p[..^2], StringComparison.OrdinalIgnoreCase));
        }
        if (path.Length == 0) return fragment is { Length: > 0 } && !Generated(fragment) && !anchors[own].Contains(fragment);
        var file = Uri.UnescapeDataString(path.Split('?')[0]);
        return !entry.Files.Any(f => f.Name.Equals(file, StringComparison.Ordinal));
    }

    /// <summary>
    /// Fragments that need no element: <c>#top</c> (HTML scrolls to the top without one), and ids the build makes that the
    /// Markdown does not show: footnotes and their marks, equations, MathJax's own.
    /// </summary>
    private static bool Generated(string fragment) =>
        fragment.Equals("top", StringComparison.OrdinalIgnoreCase) || fragment.StartsWith("fn", StringComparison.Ordinal) || fragment.StartsWith("eq", StringComparison.Ordinal) || fragment.StartsWith("mjx", StringComparison.Ordinal);

    /// <summary>Heading ids as this site gives them, and every id and name in the HTML.</summary>
    private static HashSet<string> AnchorsOf(string body)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var document = Markdown.Parse(body, Ours);
        var parser = new HtmlParser();
        foreach (var node in document.Descendants())
        {
            if (node is HeadingBlock heading && heading.GetAttributes().Id is { } id) ids.Add(id);
            var html = node switch { HtmlBlock b => b.Lines.ToString(), HtmlInline i => i.Tag, _ => null };
            if (html is null) continue;
            foreach (var element in parser.ParseDocument("<body>" + html).Body!.QuerySelectorAll("[id], [name]"))
            {
                if (element.GetAttribute("id") is { } elementId) ids.Add(elementId);
                if (element.GetAttribute("name") is { } name) ids.Add(name);
            }
        }
        return ids;
    }
}
