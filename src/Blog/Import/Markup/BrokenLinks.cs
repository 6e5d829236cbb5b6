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
/// Each is reported at its line and kept as text, its address moved to <c>data-missing-href</c>
/// (<see cref="LocalFiles"/>' rule for a missing file). Absolute site paths are left to the build's link check.
/// </summary>
public static class BrokenLinks
{
    private static readonly MarkdownPipeline Ours = MarkdownSetup.Create();

    /// <param name="addressOf">The site path (ending in '/') each entry will have.</param>
    public static void Mark(IReadOnlyList<ImportedEntry> entries, Func<ImportedEntry, string> addressOf, ImportReport report)
    {
        var anchors = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var entry in entries) anchors[addressOf(entry)] = AnchorsOf(entry.Body);
        foreach (var entry in entries)
        {
            var own = addressOf(entry);
            entry.Body = LocalFiles.Edit(entry.Body, (url, line) =>
            {
                if (!Broken(url, own, entry, anchors)) return false;
                var scheme = url.Split('/', '#')[0].Contains('.') && !url.StartsWith('.') ? $" (a web address? write https://{url})" : "";
                report.Add(report.BrokenLinks, entry.SourceFile, line + entry.FirstLine, $"'{url}' names nothing in the source either{scheme}; its text is kept and the address moved to data-missing-href.");
                return true;
            });
        }
    }

    private static bool Broken(string url, string own, ImportedEntry entry, Dictionary<string, HashSet<string>> anchors)
    {
        if (url.Length == 0 || url.Contains(':') || url.StartsWith("//", StringComparison.Ordinal)) return false;
        var hash = url.IndexOf('#');
        var path = hash >= 0 ? url[..hash] : url;
        var fragment = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;
        if (path.StartsWith('/'))
        {
            var key = path.EndsWith('/') ? path : path + "/";
            return fragment is { Length: > 0 } && anchors.TryGetValue(key, out var there) && !Generated(fragment) && !there.Contains(fragment);
        }
        if (path.Length == 0) return fragment is { Length: > 0 } && !Generated(fragment) && !anchors[own].Contains(fragment);
        var file = Uri.UnescapeDataString(path.Split('?')[0]);
        return !entry.Files.Any(f => f.Name.Equals(file, StringComparison.Ordinal));
    }

    /// <summary>Ids the build makes that the Markdown does not show: footnotes and their marks, equations, MathJax's own.</summary>
    private static bool Generated(string fragment) =>
        fragment.StartsWith("fn", StringComparison.Ordinal) || fragment.StartsWith("eq", StringComparison.Ordinal) || fragment.StartsWith("mjx", StringComparison.Ordinal);

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
