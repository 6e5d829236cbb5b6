using System.Diagnostics;
using Blog.Diagnostics;

namespace Blog.Pipelines;

/// <summary>
/// Runs pipelines phase by phase, as far apart as their dependencies allow. Once any phase has
/// reported an error, no later phase starts, and the Output phase runs only for a clean build:
/// a broken build never writes.
/// </summary>
public sealed class Engine(IEnumerable<Pipeline> pipelines)
{
    private readonly IReadOnlyList<Pipeline> _pipelines = TopologicalOrder(pipelines.ToList());

    public IReadOnlyList<Pipeline> Pipelines => _pipelines;

    public async Task<EngineResult> ExecuteAsync(PipelineContext context)
    {
        var timings = new System.Collections.Concurrent.ConcurrentDictionary<string, TimeSpan>();
        var documents = _pipelines.ToDictionary(p => p.Name, _ => (IReadOnlyList<Document>)[]);
        var gate = new object();

        async Task RunPhase(Pipeline pipeline, Phase phase)
        {
            if (context.Diagnostics.HasErrors) return;
            var scoped = context.For(pipeline.Name);
            var watch = Stopwatch.StartNew();
            IReadOnlyList<Document> current;
            lock (gate) current = documents[pipeline.Name];
            foreach (var module in pipeline.Modules(phase))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                try
                {
                    current = await module.ExecuteAsync(current, scoped);
                }
                catch (DiagnosticException e)
                {
                    context.Diagnostics.Add(e.Diagnostic);
                }
                if (context.Diagnostics.HasErrors) break;
            }
            lock (gate) documents[pipeline.Name] = current;
            context.SetOutputs(pipeline.Name, current);
            timings[$"{pipeline.Name}/{phase}"] = watch.Elapsed;
        }

        // Input and Process: each pipeline's Process waits for its dependencies' Process.
        var process = new Dictionary<string, Task>();
        foreach (var p in _pipelines)
        {
            var deps = p.Dependencies.Select(d => process[d]).ToArray();
            process[p.Name] = Task.Run(async () =>
            {
                await RunPhase(p, Phase.Input);
                await Task.WhenAll(deps);
                await RunPhase(p, Phase.Process);
            });
        }
        await Task.WhenAll(process.Values);

        // PostProcess: after every Process, and after the dependencies' own PostProcess.
        var post = new Dictionary<string, Task>();
        foreach (var p in _pipelines)
        {
            var deps = p.Dependencies.Select(d => post[d]).ToArray();
            post[p.Name] = Task.Run(async () => { await Task.WhenAll(deps); await RunPhase(p, Phase.PostProcess); });
        }
        await Task.WhenAll(post.Values);

        if (!context.Diagnostics.HasErrors)
            await Task.WhenAll(_pipelines.Select(p => Task.Run(() => RunPhase(p, Phase.Output))));

        return new EngineResult(!context.Diagnostics.HasErrors, documents, timings);
    }

    /// <summary>Orders pipelines so that each comes after its dependencies; a cycle is a programming error.</summary>
    private static IReadOnlyList<Pipeline> TopologicalOrder(List<Pipeline> pipelines)
    {
        var byName = pipelines.ToDictionary(p => p.Name);
        var ordered = new List<Pipeline>();
        var state = new Dictionary<string, bool>(); // false: visiting, true: done
        void Visit(Pipeline p, string path)
        {
            if (state.TryGetValue(p.Name, out var done))
            {
                if (!done) throw new InvalidOperationException($"Pipeline dependency cycle: {path} -> {p.Name}");
                return;
            }
            state[p.Name] = false;
            foreach (var d in p.Dependencies)
            {
                if (!byName.TryGetValue(d, out var dep))
                    throw new InvalidOperationException($"Pipeline '{p.Name}' depends on unknown pipeline '{d}'.");
                Visit(dep, $"{path} -> {p.Name}");
            }
            state[p.Name] = true;
            ordered.Add(p);
        }
        foreach (var p in pipelines) Visit(p, "");
        return ordered;
    }
}

public sealed record EngineResult(bool Success, IReadOnlyDictionary<string, IReadOnlyList<Document>> Documents,
    IReadOnlyDictionary<string, TimeSpan> Timings);
