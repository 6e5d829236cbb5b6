using System.Text;
using Blog.Pipelines;

namespace Blog.Site.Search;

/// <summary>
/// The last PostProcess module of the posts and pages pipelines in a build: hands the pipeline's
/// finished pages that are indexed (<see cref="SearchPlan.PageOf"/>), in the pipeline's order, to
/// the <see cref="SearchIndexSession"/> running beside the build, so Pagefind indexes them while the
/// other pipelines work. Pages kept as UTF-8 bytes (ScanLinks) are handed over as they are.
/// </summary>
public sealed class FeedSearchIndex(SearchIndexSession session, string batch) : IModule
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var pages = new List<IndexedPage>();
        foreach (var document in inputs)
        {
            if (SearchPlan.PageOf(document) is not { } page) continue;
            pages.Add(new IndexedPage(page.Url, document.Bytes ?? Utf8.GetBytes(document.Content)));
        }
        session.Deliver(batch, pages);
        return Task.FromResult(inputs);
    }
}
