using Blog.Diagnostics;

namespace Blog.Pipelines;

/// <summary>
/// A module that treats each document on its own, so the engine can run them in parallel.
/// A <see cref="DiagnosticException"/> for one document is reported and drops that document;
/// the others go on, so one build reports every broken page at once.
/// </summary>
public abstract class DocumentModule : IModule
{
    protected abstract Task<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context);

    /// <summary>How many documents run at once: one per core, unless the work waits on something else (another process).</summary>
    protected virtual int MaxParallelism(PipelineContext context) => context.MaxParallelism;

    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var results = new IEnumerable<Document>[inputs.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, inputs.Count),
            new ParallelOptions { MaxDegreeOfParallelism = MaxParallelism(context), CancellationToken = context.CancellationToken },
            async (i, _) =>
            {
                try
                {
                    results[i] = await ExecuteAsync(inputs[i], context);
                }
                catch (DiagnosticException e)
                {
                    context.Diagnostics.Add(e.Diagnostic);
                    results[i] = [];
                }
                // A full or read-only disk is the build's error, not each page's: the build reports it once (DiskErrors).
                catch (Exception e) when (e is not OperationCanceledException && !DiskErrors.IsDiskFull(e))
                {
                    // A bug, not a user mistake: still name the document, so the build reports every page.
                    context.Diagnostics.Add(Diagnostic.Error(inputs[i].ToString(), 0, 0,
                        $"Internal error in {GetType().Name}: {e.GetType().Name}: {e.Message}",
                        "This is a bug in the generator; please report it together with this file."));
                    results[i] = [];
                }
            });
        // Keep input order: parallelism must never change the output.
        return results.SelectMany(r => r).ToList();
    }
}

/// <summary>A <see cref="DocumentModule"/> for the common case of one document in, one out, synchronously.</summary>
public abstract class MapModule : DocumentModule
{
    protected abstract Document Map(Document input, PipelineContext context);

    protected override Task<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context)
        => Task.FromResult<IEnumerable<Document>>([Map(input, context)]);
}
