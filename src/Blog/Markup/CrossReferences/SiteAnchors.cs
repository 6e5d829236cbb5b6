using Blog.Content;
using Blog.Diagnostics;
using Blog.Pipelines;

namespace Blog.Markup.CrossReferences;

/// <summary>The anchors of every post and page, by slug: the index references into other posts resolve against.</summary>
public sealed class SiteAnchors
{
    private readonly Dictionary<string, List<(Entry Entry, PageAnchors Anchors)>> _bySlug = new(StringComparer.Ordinal);

    public static SiteAnchors Of(IEnumerable<Document> documents)
    {
        var index = new SiteAnchors();
        foreach (var doc in documents)
        {
            if (doc.Get<Entry>(BlogKeys.Entry) is not { } entry) continue;
            var anchors = doc.Get<PageAnchors>(PageAnchors.Key) ?? PageAnchors.Empty;
            if (!index._bySlug.TryGetValue(entry.Slug, out var list)) index._bySlug[entry.Slug] = list = [];
            if (!list.Any(p => p.Entry.SourceFile == entry.SourceFile)) list.Add((entry, anchors));
        }
        return index;
    }

    public IReadOnlyList<(Entry Entry, PageAnchors Anchors)> BySlug(string slug) => _bySlug.TryGetValue(slug, out var list) ? list : [];

    public IEnumerable<Entry> PagesDefining(string id) =>
        _bySlug.Values.SelectMany(l => l).Where(p => p.Anchors.Anchors.Any(a => a.Id == id)).Select(p => p.Entry);

    public IReadOnlyList<string> NearestSlugs(string slug) => Suggestions.Nearest(slug, _bySlug.Keys);
}
