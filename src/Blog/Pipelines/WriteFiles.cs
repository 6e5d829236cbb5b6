using System.Text;

namespace Blog.Pipelines;

/// <summary>
/// Output module: writes every document that has a destination under <paramref name="folder"/>,
/// except those an <see cref="IOutputLedger"/> (preview) knows are unchanged since the last build.
/// </summary>
public sealed class WriteFiles(string folder) : IModule
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var ledger = context.TryGet<IOutputLedger>();
        await Parallel.ForEachAsync(inputs.Where(d => d.Destination is not null),
            new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism, CancellationToken = context.CancellationToken },
            async (doc, ct) =>
            {
                var signature = doc.Bytes ?? (object)doc.Content;
                if (ledger?.TryReuse(doc.Destination!, signature) == true) return;
                var path = Path.GetFullPath(Path.Combine(folder, doc.Destination!));
                if (!PathContainment.IsInside(folder, path))
                    throw new InvalidOperationException($"Destination '{doc.Destination}' of {doc} leaves the output folder.");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                if (doc.Bytes is { } bytes) await File.WriteAllBytesAsync(path, bytes, ct);
                else await File.WriteAllTextAsync(path, doc.Content, Utf8NoBom, ct);
                ledger?.Record(doc.Destination!, path, signature);
            });
        return inputs;
    }
}
