using System.Diagnostics;
using Blog.Diagnostics;

namespace Blog.Pipelines;

/// <summary>
/// Runs pipelines phase by phase, as far apart as their dependencies allow. Failures are isolated
/// by dependency, as in Statiq: a pipeline whose module reports an error (or throws a
/// <see cref="DiagnosticException"/>) stops, and so does every pipeline that depends on it, directly
/// or not; independent pipelines keep running, so one build reports every error it can find. The
/// Output phase runs only for a clean build: a build with any error never writes.
/// </summary>
public sealed class Engine(IEnumerable<Pipeline> pipelines)
{
    private readonly IReadOnlyList<Pipeline> _pipelines = TopologicalOrder(pipelines.ToList());

    public IReadOnlyList<Pipeline> Pipelines => _pipelines;

    public async Task<EngineResult> ExecuteAsync(PipelineContext context)
    {
        var timings = new System.Collections.Concurrent.ConcurrentDictionary<string, TimeSpan>();
        var documents = _pipelines.ToDictionary(p => p.Name, _ => (IReadOnlyList<Document>)[]);
        var byName = _pipelines.ToDictionary(p => p.Name);
        var failed = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>();
        var gate = new object();

        // Stopped: the pipeline itself or one of its dependencies (at any depth) has failed.
        bool Stopped(Pipeline pipeline) => failed.ContainsKey(pipeline.Name) || pipeline.Dependencies.Any(d => Stopped(byName[d]));

        async Task RunPhase(Pipeline pipeline, Phase phase)
        {
            if (Stopped(pipeline)) return;
            // The pipeline's own bag tells its errors apart from those of pipelines running beside it.
            var own = new DiagnosticBag(forwardTo: context.Diagnostics);
            var scoped = context.For(pipeline.Name, own);
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
                    own.Add(e.Diagnostic);
                }
                if (own.HasErrors) break;
            }
            if (own.HasErrors)
            {
                failed[pipeline.Name] = true;
                context.MarkFailed(pipeline.Name);
                // Others never see half-made documents: a pipeline that failed before its Process
                // finished offers none; one that failed later keeps offering its processed ones.
                if (phase <= Phase.Process) context.SetOutputs(pipeline.Name, []);
            }
            else
            {
                lock (gate) documents[pipeline.Name] = current;
                context.SetOutputs(pipeline.Name, current);
            }
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
