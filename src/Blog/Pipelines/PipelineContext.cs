using System.Collections.Concurrent;
using Blog.Diagnostics;

namespace Blog.Pipelines;

/// <summary>
/// What a module sees besides its input: the diagnostics bag, the documents other pipelines
/// produced so far, and services the host registered (settings, caches, …). Knows nothing of blogs.
/// </summary>
public sealed class PipelineContext
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<Document>> _outputs = new();
    private readonly ConcurrentDictionary<string, bool> _failed = new();
    private readonly Dictionary<Type, object> _services;

    public PipelineContext(DiagnosticBag diagnostics, IEnumerable<object>? services = null,
        int maxParallelism = 0, CancellationToken cancellationToken = default)
    {
        Diagnostics = diagnostics;
        _services = (services ?? []).ToDictionary(s => s.GetType());
        MaxParallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount;
        CancellationToken = cancellationToken;
    }

    public DiagnosticBag Diagnostics { get; }
    public int MaxParallelism { get; }
    public CancellationToken CancellationToken { get; }

    /// <summary>The name of the pipeline whose modules are running (set by the engine per phase).</summary>
    public string PipelineName { get; internal init; } = "";

    /// <summary>A service registered by the host, looked up by its exact type.</summary>
    public T Get<T>() where T : class => _services.TryGetValue(typeof(T), out var s)
        ? (T)s
        : throw new InvalidOperationException($"No service {typeof(T).Name} registered with the engine.");

    /// <summary>A service the host may have registered (by its type or an interface it implements); null when absent.</summary>
    public T? TryGet<T>() where T : class => _services.TryGetValue(typeof(T), out var s) ? (T)s : _services.Values.OfType<T>().FirstOrDefault();

    /// <summary>The latest documents of another pipeline (after its last completed phase).</summary>
    public IReadOnlyList<Document> OutputsOf(string pipeline) => _outputs.TryGetValue(pipeline, out var docs) ? docs : [];

    /// <summary>Whether <paramref name="pipeline"/> reported an error so far: what it offers others may then
    /// lack documents, and a module should not report what is missing from it as a further error.</summary>
    public bool HasFailed(string pipeline) => _failed.ContainsKey(pipeline);

    internal void MarkFailed(string pipeline) => _failed[pipeline] = true;

    internal void SetOutputs(string pipeline, IReadOnlyList<Document> documents) => _outputs[pipeline] = documents;

    internal PipelineContext For(string pipeline, DiagnosticBag? diagnostics = null) => new(this, pipeline, diagnostics);

    /// <summary>The same context reporting into another bag (a module that wants to see what its children reported).</summary>
    public PipelineContext With(DiagnosticBag diagnostics) => new(this, PipelineName, diagnostics);

    private PipelineContext(PipelineContext shared, string pipeline, DiagnosticBag? diagnostics = null)
    {
        _outputs = shared._outputs;
        _failed = shared._failed;
        _services = shared._services;
        Diagnostics = diagnostics ?? shared.Diagnostics;
        MaxParallelism = shared.MaxParallelism;
        CancellationToken = shared.CancellationToken;
        PipelineName = pipeline;
    }
}
