using System.Text;
using Blog.Pipelines;

namespace Blog.Site.LinkCheck;

/// <summary>
/// Reads each page's ids, links and formulas (<see cref="HtmlScan"/>) right after its layout made it,
/// while the pipelines still run side by side, and keeps them on the document for
/// <see cref="CheckLinks"/>: the check at the end of the build then parses no page again.
/// </summary>
/// <param name="keepAsUtf8">
/// Keep the scanned page as the UTF-8 bytes it will be written as, not as a .NET string (UTF-16,
/// twice the size for markup): every page waits in memory for the Output phase. Not for the
/// preview, whose caches know unchanged pages by their string.
/// </param>
public sealed class ScanLinks(bool keepAsUtf8 = false) : IModule
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>The scan of a page, with the exact content (string or bytes) it was made from, so a later change of the page makes it stale.</summary>
    public sealed record PageScan(object Content, HtmlScan Html);

    public const string Key = "link-scan";

    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var results = inputs.ToArray();
        await Parallel.ForAsync(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism, CancellationToken = context.CancellationToken },
            (i, _) =>
            {
                var doc = results[i];
                if (doc.Bytes is not null || doc.Destination?.EndsWith(".html", StringComparison.Ordinal) != true) return ValueTask.CompletedTask;
                var scan = CheckLinks.ScanHtml(doc.Content);
                if (keepAsUtf8)
                {
                    var encoded = doc with { Content = "", Bytes = Utf8.GetBytes(doc.Content) };
                    results[i] = encoded.With(Key, new PageScan(encoded.Bytes!, scan));
                }
                else results[i] = doc.With(Key, new PageScan(doc.Content, scan));
                return ValueTask.CompletedTask;
            });
        return results;
    }

    /// <summary>The scan kept on <paramref name="doc"/>, if it was made from the document's present content.</summary>
    public static HtmlScan? Of(Document doc) =>
        doc.Get<PageScan>(Key) is { } scan && ReferenceEquals(scan.Content, (object?)doc.Bytes ?? doc.Content) ? scan.Html : null;
}
