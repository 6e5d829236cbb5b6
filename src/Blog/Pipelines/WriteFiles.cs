using System.Text;

namespace Blog.Pipelines;

/// <summary>
/// Output module: writes every document that has a destination under <paramref name="folder"/>,
/// except those an <see cref="IOutputLedger"/> (preview) knows are unchanged since the last build,
/// and those already written early (<see cref="WriteNowAsync"/>).
/// </summary>
/// <param name="deferred">Placeholders in text content are resolved through it as each file is written (build-time math).</param>
public sealed class WriteFiles(string folder, IDeferredContent? deferred = null) : IModule
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>Metadata key: true on a document whose file was written before the Output phase; its content was dropped then.</summary>
    public const string WrittenKey = "written-early";

    /// <summary>
    /// Raised by <see cref="WriteNowAsync"/> right after it writes a file, with the document as it was (content and
    /// metadata) and the exact bytes now in the file (UTF-8 without a BOM, placeholders resolved): the document it
    /// returns has no content, so this is how a later module gets a page's final form without reading the file
    /// back. Handlers run on the writing thread, several at once, and must not throw. Not raised for a file an
    /// <see cref="IOutputLedger"/> reused, since nothing was written.
    /// </summary>
    public event Action<Document, ReadOnlyMemory<byte>>? WrittenEarly;

    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        await Parallel.ForEachAsync(inputs.Where(d => d.Destination is not null && !d.Get<bool>(WrittenKey)),
            new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism, CancellationToken = context.CancellationToken },
            async (doc, ct) => await WriteAsync(doc, context, ct));
        return inputs;
    }

    /// <summary>
    /// Writes <paramref name="doc"/> now, before the Output phase (into the staging folder, so the build stays atomic),
    /// and returns it without its content, marked written: a page then waits for the end of the build as its metadata only.
    /// </summary>
    public async Task<Document> WriteNowAsync(Document doc, PipelineContext context, CancellationToken ct)
    {
        if (doc.Destination is null || doc.Get<bool>(WrittenKey)) return doc;
        var written = await WriteAsync(doc, context, ct, keepBytes: WrittenEarly is not null);
        if (written is { } bytes) WrittenEarly?.Invoke(doc, bytes);
        return (doc with { Content = "", Bytes = null }).With(WrittenKey, true);
    }

    /// <summary>Writes <paramref name="doc"/>'s file; with <paramref name="keepBytes"/>, returns the bytes written (null when reused).</summary>
    private async Task<byte[]?> WriteAsync(Document doc, PipelineContext context, CancellationToken ct, bool keepBytes = false)
    {
        var ledger = context.TryGet<IOutputLedger>();
        var signature = doc.Bytes ?? (object)doc.Content;
        if (ledger?.TryReuse(doc.Destination!, signature) == true) return null;
        var path = Path.GetFullPath(Path.Combine(folder, doc.Destination!));
        if (!PathContainment.IsInside(folder, path))
            throw new InvalidOperationException($"Destination '{doc.Destination}' of {doc} leaves the output folder.");
        // Resolved before anything is created: an unresolved placeholder fails the build without a file.
        var text = doc.Bytes is null && deferred is not null ? deferred.Resolve(doc.Content, Origin(doc)) : doc.Content;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Encoded whole only when someone takes the bytes; the same bytes WriteAllTextAsync writes.
        var bytes = doc.Bytes ?? (keepBytes ? Utf8NoBom.GetBytes(text) : null);
        if (bytes is not null) await File.WriteAllBytesAsync(path, bytes, ct);
        else await File.WriteAllTextAsync(path, text, Utf8NoBom, ct);
        ledger?.Record(doc.Destination!, path, signature);
        return keepBytes ? bytes : null;
    }

    private static string Origin(Document doc) => doc.Source.Length > 0 ? doc.Source : doc.Destination!;
}
