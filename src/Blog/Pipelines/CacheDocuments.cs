using Blog.Diagnostics;

namespace Blog.Pipelines;

/// <summary>
/// Runs its child modules only on the documents that changed since the last build (Statiq's
/// CacheDocuments): an input whose source text and metadata equal last build's gets last build's
/// outputs back, the same instances, with its warnings reported again. The children must treat
/// each document on its own (parse, render, filter); they see only the changed ones. Without a
/// <see cref="DocumentCache"/> service (a plain build) the children simply run on everything.
/// </summary>
public sealed class CacheDocuments(params IModule[] children) : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (context.TryGet<DocumentCache>() is not { } cache) return await RunAsync(inputs, context);
        var scope = cache.Scope(context.PipelineName + "/" + string.Join("+", children.Select(c => c.GetType().Name)));
        var cached = new DocumentCache.Entry?[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
            if (inputs[i].Source.Length > 0 && cache.TryGet(scope, inputs[i], out var entry)) cached[i] = entry;
        var misses = inputs.Where((_, i) => cached[i] is null).ToList();

        // Run the children under their own bag, so each diagnostic can be kept with its document.
        var bag = new DiagnosticBag();
        IReadOnlyList<Document> fresh;
        try
        {
            fresh = misses.Count == 0 ? [] : await RunAsync(misses, context.With(bag));
        }
        finally
        {
            foreach (var d in bag.All) context.Diagnostics.Add(d);
        }
        var reported = bag.All;
        var bySource = fresh.ToLookup(d => d.Source, StringComparer.Ordinal);
        var unplaced = reported.Any(d => d.Severity == Severity.Error && !misses.Any(m => m.Source == d.File));

        var outputs = new List<Document>(inputs.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            seen.Add(input.Source);
            if (cached[i] is { } hit)
            {
                foreach (var d in hit.Diagnostics) context.Diagnostics.Add(d);
                outputs.AddRange(hit.Outputs);
                continue;
            }
            var made = bySource[input.Source].ToList();
            outputs.AddRange(made);
            var own = reported.Where(d => d.File == input.Source).ToList();
            // A document that failed is not remembered: the next build must report it again.
            if (input.Source.Length > 0 && !unplaced && own.All(d => d.Severity != Severity.Error))
                scope[input.Source] = new DocumentCache.Entry(input, made, own);
        }
        foreach (var gone in scope.Keys.Where(k => !seen.Contains(k))) scope.TryRemove(gone, out _);
        return outputs;
    }

    private async Task<IReadOnlyList<Document>> RunAsync(IReadOnlyList<Document> documents, PipelineContext context)
    {
        // Unlike the engine, go on after a document's error: the others are worth caching.
        foreach (var child in children) documents = await child.ExecuteAsync(documents, context);
        return documents;
    }
}
