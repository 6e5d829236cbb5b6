using System.Text;
using Blog.Pipelines;

namespace Blog.Site.Search;

/// <summary>
/// The last PostProcess module of the posts and pages pipelines in a build: hands the pipeline's
/// finished pages that are indexed (<see cref="SearchPlan.PageOf"/>), in the pipeline's order, to
/// the <see cref="SearchIndexSession"/> running beside the build, so Pagefind indexes them while the
/// other pipelines work. A page already written to the staging folder (<see cref="WriteFiles.WrittenKey"/>:
/// <see cref="LinkCheck.ScanLinks"/> writes each page right after its scan) has no content left; its bytes as
/// written come from <paramref name="written"/>, since only the written file holds its final form (build-time
/// math is spliced in as it is written).
/// </summary>
/// <param name="written">The bytes of the pages written early, handed over by the writer.</param>
public sealed class FeedSearchIndex(SearchIndexSession session, string batch, WrittenSearchPages written) : IModule
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var pages = new List<IndexedPage>();
        foreach (var document in inputs)
        {
            if (SearchPlan.PageOf(document) is not { } page) continue;
            var bytes = document.Get<bool>(WriteFiles.WrittenKey)
                ? written.Take(document.Destination!)
                : document.Bytes ?? Utf8.GetBytes(document.Content);
            pages.Add(new IndexedPage(page.Url, bytes));
        }
        session.Deliver(batch, pages);
        return Task.FromResult(inputs);
    }
}
