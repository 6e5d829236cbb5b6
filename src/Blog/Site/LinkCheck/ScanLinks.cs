using Blog.Pipelines;

namespace Blog.Site.LinkCheck;

/// <summary>
/// Gathers each page's ids, links and formulas (<see cref="ScannedPage"/>: the Markdown's from its renderers'
/// records, the theme's from its output) right after its layout made it,
/// while the pipelines still run side by side, and keeps them on the document for
/// <see cref="CheckLinks"/>: the check at the end of the build then parses no page again.
/// </summary>
/// <param name="writeNow">
/// Write each page as soon as it is scanned (into the staging folder) and keep only its scan and
/// metadata: otherwise every page would wait in memory for the Output phase. Not for the preview,
/// whose caches know unchanged pages by their string and write only what changed.
/// </param>
public sealed class ScanLinks(WriteFiles? writeNow = null) : IModule
{
    /// <summary>The scan of a page, with the exact content (string) it was made from, so a later change of the page makes it stale.</summary>
    public sealed record PageScan(object Content, ScannedPage Html);

    public const string Key = "link-scan";

    // What a written page's scan was made from: the page itself is gone, its scan stays valid.
    private static readonly object Written = new();

    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var results = inputs.ToArray();
        await Parallel.ForAsync(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism, CancellationToken = context.CancellationToken },
            async (i, ct) =>
            {
                var doc = results[i];
                if (doc.Bytes is not null || doc.Destination?.EndsWith(".html", StringComparison.Ordinal) != true) return;
                var scan = CheckLinks.ScanHtml(doc, doc.Content);
                results[i] = writeNow is null
                    ? doc.With(Key, new PageScan(doc.Content, scan))
                    : (await writeNow.WriteNowAsync(doc, context, ct)).With(Key, new PageScan(Written, scan));
            });
        return results;
    }

    /// <summary>The scan kept on <paramref name="doc"/>, if it was made from the document's present content (or the page was written).</summary>
    public static ScannedPage? Of(Document doc) =>
        doc.Get<PageScan>(Key) is { } scan && (ReferenceEquals(scan.Content, (object?)doc.Bytes ?? doc.Content)
            || ReferenceEquals(scan.Content, Written) && doc.Get<bool>(WriteFiles.WrittenKey)) ? scan.Html : null;
}
