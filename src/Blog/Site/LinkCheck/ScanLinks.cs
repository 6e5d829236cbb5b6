using Blog.Pipelines;

namespace Blog.Site.LinkCheck;

/// <summary>
/// Reads each page's ids, links and formulas (<see cref="HtmlScan"/>) right after its layout made it,
/// while the pipelines still run side by side, and keeps them on the document for
/// <see cref="CheckLinks"/>: the check at the end of the build then parses no page again.
/// </summary>
public sealed class ScanLinks : IModule
{
    /// <summary>The scan of a page, with the exact content it was made from (a later change of the page makes it stale).</summary>
    public sealed record PageScan(string Content, HtmlScan Html);

    public const string Key = "link-scan";

    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var results = inputs.ToArray();
        await Parallel.ForAsync(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism, CancellationToken = context.CancellationToken },
            (i, _) =>
            {
                var doc = results[i];
                if (doc.Bytes is null && doc.Destination?.EndsWith(".html", StringComparison.Ordinal) == true)
                    results[i] = doc.With(Key, new PageScan(doc.Content, CheckLinks.ScanHtml(doc.Content)));
                return ValueTask.CompletedTask;
            });
        return results;
    }

    /// <summary>The scan kept on <paramref name="doc"/>, if it was made from the document's present content.</summary>
    public static HtmlScan? Of(Document doc) =>
        doc.Get<PageScan>(Key) is { } scan && doc.Bytes is null && ReferenceEquals(scan.Content, doc.Content) ? scan.Html : null;
}
