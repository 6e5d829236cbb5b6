using Blog.Content;
using Blog.Pipelines;

namespace Blog.Site.Search;

/// <summary>One page for the search index: its output file (relative to the output folder) and its site path.</summary>
/// <param name="Destination">Output file such as <c>2019/08/hsic-introduction/index.html</c>.</param>
/// <param name="Url">Site path without the base path, such as <c>/2019/08/hsic-introduction/</c>; the browser adds the base path.</param>
public sealed record SearchPage(string Destination, string Url);

/// <summary>What a build asks the search indexer to do: which pages, into which folder, with which Node.</summary>
/// <param name="Folder">The bundle folder below the output folder (statiq.json <c>search.folder</c>).</param>
public sealed record SearchPlan(string Folder, IReadOnlyList<SearchPage> Pages, string NodePath)
{
    /// <summary>
    /// Posts and pages whose front matter does not say <c>search: false</c>. Generated list, tag and
    /// archive pages are never indexed: they only repeat the posts' titles and summaries.
    /// </summary>
    public static SearchPlan? Of(IReadOnlyDictionary<string, IReadOnlyList<Document>> outputs, IEnumerable<string> pipelines, SiteSettings settings)
    {
        if (!settings.Search.Enabled) return null;
        var pages = pipelines.SelectMany(p => outputs.TryGetValue(p, out var docs) ? docs : [])
            .Select(PageOf).OfType<SearchPage>().ToList();
        return new SearchPlan(settings.Search.Folder, pages, settings.Math.Node);
    }

    /// <summary>The search page a post or page document is, or null when it is not indexed.</summary>
    public static SearchPage? PageOf(Document document) =>
        document.Get<Entry>(BlogKeys.Entry) is { Search: true } e && e.Destination.EndsWith(".html", StringComparison.Ordinal)
            ? new SearchPage(e.Destination, e.Permalink) : null;
}
