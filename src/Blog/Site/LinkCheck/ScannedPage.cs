using Blog.Content;
using Blog.Markup;
using Blog.Markup.CrossReferences;
using Blog.Markup.Rendering;
using Blog.Pipelines;
using Blog.Typesetting.Citations;

namespace Blog.Site.LinkCheck;

/// <summary>
/// What the link check needs from one HTML page: the ids it defines (fragment targets), the URLs it refers
/// to, and the TeX of its formulas (equation labels).
/// </summary>
/// <remarks>
/// A post's or page's Markdown parts are not read again: their renderers recorded every link (with its line
/// and column), id and formula as they wrote them (<see cref="WrittenLinks"/>, <c>Formulas/PageMath</c>),
/// the cross-references' URLs come from <see cref="ReferenceLinks"/> and the citations' from
/// <see cref="CitationLinks"/>. Only the theme's output is parsed (<see cref="TemplateLinks"/>): the page
/// with its body cut out, found as the one string the layout wrote. A link the theme's output shows again
/// (an image in the title) is the record's, at its Markdown place, not a second one of the theme's.
/// </remarks>
public sealed record ScannedPage(IReadOnlySet<string> Ids, IReadOnlyList<FoundLink> Links, IReadOnlyList<MathSource> Math)
{
    /// <summary>Scans <paramref name="html"/>, the page <paramref name="doc"/> holds now (its layout applied).</summary>
    public static ScannedPage Of(Document doc, string html)
    {
        var written = doc.Get<WrittenPage>(WrittenPage.Key);
        if (written is null || doc.Source.Length == 0)
        {
            var whole = TemplateLinks.Scan(html, inTemplate: false);
            return new ScannedPage(whole.Ids, whole.Links, []);
        }
        var recordedIds = new HashSet<string>(StringComparer.Ordinal);
        var recorded = new List<FoundLink>();
        var hrefs = doc.Get<ReferenceLinks>(ReferenceLinks.Key)?.Hrefs;
        void Add(WrittenLinks? part)
        {
            if (part is null) return;
            recordedIds.UnionWith(part.Ids);
            foreach (var link in part.Links)
            {
                var url = link.Reference < 0 ? link.Url : hrefs?.GetValueOrDefault(link.Reference);
                if (url is not null) recorded.Add(new FoundLink(url, link.Line, Column: link.Column));
            }
        }
        Add(written.Body);
        Add(doc.Get<WrittenLinks>(CitationLinks.Key));
        var fromBody = recorded.Count;
        foreach (var field in written.Fields) Add(field);
        var math = written.Formulas.Select(f => new MathSource(f.Text, f.Line)).ToList();

        // The theme's output: the page less its body (written once, as the layout got it).
        var body = doc.Get<string>(BlogKeys.Html) ?? "";
        var at = body.Length > 0 ? html.IndexOf(body, StringComparison.Ordinal) : -1;
        var template = at < 0 ? html : string.Concat(html.AsSpan(0, at), html.AsSpan(at + body.Length));
        var (templateIds, templateLinks) = TemplateLinks.Scan(template, inTemplate: true);
        // What the theme shows of the Markdown (a title, a summary; the body too, if the layout changed it): the records stand for it.
        var shown = (at < 0 ? recorded : recorded.Skip(fromBody)).GroupBy(l => l.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var links = new List<FoundLink>(recorded);
        var entry = doc.Get<Entry>(BlogKeys.Entry);
        foreach (var link in templateLinks)
        {
            if (shown.TryGetValue(link.Url, out var count) && count > 0) shown[link.Url] = count - 1;
            else links.Add(FromFrontMatter(entry, link) ?? link);
        }
        recordedIds.UnionWith(templateIds);
        return new ScannedPage(recordedIds, links, math);
    }

    /// <summary>
    /// A URL the theme writes from the post's own front matter (the card image, <c>image:</c>, which the theme
    /// writes absolute in <c>og:image</c>) is the post's to fix: placed at that key's line, not at the layout.
    /// </summary>
    private static FoundLink? FromFrontMatter(Entry? entry, FoundLink link)
    {
        if (entry is not { Image.Length: > 0 } || !entry.Image.StartsWith('/')) return null;
        var path = Uri.TryCreate(link.Url, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : link.Url;
        return path == entry.Image || path.EndsWith(entry.Image, StringComparison.Ordinal)
            ? new FoundLink(link.Url, entry.FrontMatterLine("image"), Column: 1) : null;
    }
}
