using System.Collections.Concurrent;
using Blog.Diagnostics;
using Blog.Workers;

namespace Blog.Typesetting.Diagrams;

/// <summary>
/// Draws TeX documents to SVG for one build (or one preview session): from <c>.cache/tikz/</c> when the
/// same document was drawn before, else by the TikZ worker, started on first need, so a build whose
/// diagrams are all cached starts no TeX engine. One worker: node-tikzjax keeps the engine's state in
/// its module, so one process draws one diagram at a time. A diagram that runs out of time kills the
/// worker; the next diagram starts a fresh one. Identical documents of a build are drawn once.
/// </summary>
public sealed class TikzDrawer(string siteRoot, string nodePath, TikzSettings settings, string? script = null) : IAsyncDisposable
{
    /// <summary>The worker script shipped beside the tool (copied to the output folder by Blog.csproj).</summary>
    public static string DefaultScript => Path.Combine(AppContext.BaseDirectory, "Typesetting", "worker", "tikz.mjs");

    /// <summary>How long loading the engine may take (a loaded machine takes tens of seconds).</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);

    private readonly string _script = script ?? DefaultScript;
    private readonly Lock _setupLock = new();
    private readonly ConcurrentDictionary<string, Task<TikzResult>> _drawing = new();
    private (string NodeModules, TikzCache Cache)? _setup;
    private WorkerPool<TikzWorker>? _pool;
    private int _requests, _hits;
    private long _startTicks, _drawTicks;

    /// <summary>Diagrams sent to a TeX engine (cache misses).</summary>
    public int Requests => _requests;
    /// <summary>TeX engines started (worker processes, restarts included).</summary>
    public int EngineStarts => _pool?.WorkersStarted ?? 0;
    /// <summary>Diagrams served from <c>.cache/tikz/</c> or from another page of this build.</summary>
    public int CacheHits => _hits;
    /// <summary>Time the engines took to load, as the workers measured it.</summary>
    public TimeSpan EngineStartTime => TimeSpan.FromTicks(Interlocked.Read(ref _startTicks));
    /// <summary>Time the workers spent drawing (TeX and DVI to SVG), without loading the engine.</summary>
    public TimeSpan DrawTime => TimeSpan.FromTicks(Interlocked.Read(ref _drawTicks));
    /// <summary>The packages the engine ships, once a worker has started (else empty).</summary>
    public IReadOnlyList<string> Packages { get; private set; } = [];
    /// <summary>The TikZ libraries the engine ships, once a worker has started (else empty).</summary>
    public IReadOnlyList<string> Libraries { get; private set; } = [];

    /// <summary>The node_modules folder holding node-tikzjax (its fonts are copied from there).</summary>
    /// <exception cref="DiagnosticException">node-tikzjax is not installed.</exception>
    public string NodeModules => Setup().NodeModules;

    /// <summary>The drawing of a document, and the key it is cached under (which names its SVG file).</summary>
    /// <exception cref="WorkerTimeoutException">TeX ran longer than <c>tikz.timeout</c>.</exception>
    /// <exception cref="TikzWorkerException">The worker could not start or died.</exception>
    public async Task<(string Key, TikzResult Result)> DrawAsync(string tex, CancellationToken ct)
    {
        var cache = Setup().Cache;
        var key = cache.Key(tex);
        if (cache.Get(key) is { } cached)
        {
            Interlocked.Increment(ref _hits);
            return (key, cached);
        }
        var mine = new TaskCompletionSource<TikzResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var task = _drawing.GetOrAdd(key, mine.Task);
        if (task != mine.Task)
        {
            Interlocked.Increment(ref _hits);
            return (key, await task);
        }
        try
        {
            var result = await DrawNowAsync(tex, ct);
            if (result.Svg is not null) cache.Put(key, result);
            mine.SetResult(result);
        }
        catch (Exception e)
        {
            _drawing.TryRemove(key, out _); // a later build (the preview's next one) tries again
            mine.SetException(e);
        }
        return (key, await task);
    }

    /// <summary>
    /// One worker draws one diagram at a time. A worker whose drawing failed (timed out and already killed,
    /// died, or answered nonsense) is ended; the next diagram starts a fresh one.
    /// </summary>
    private Task<TikzResult> DrawNowAsync(string tex, CancellationToken ct)
    {
        lock (_setupLock) _pool ??= new(new() { Start = StartWorkerAsync, Size = 1 });
        return _pool.UseAsync(async (worker, ct) =>
        {
            Interlocked.Increment(ref _requests);
            var before = worker.DrawTime;
            var result = await worker.DrawAsync(tex, TimeSpan.FromSeconds(settings.Timeout), ct);
            Interlocked.Add(ref _drawTicks, (worker.DrawTime - before).Ticks);
            return result;
        }, ct);
    }

    private async Task<TikzWorker> StartWorkerAsync(CancellationToken ct)
    {
        var worker = await TikzWorker.StartAsync(nodePath, _script, Setup().NodeModules, StartTimeout, ct);
        Interlocked.Add(ref _startTicks, worker.StartTime.Ticks);
        Packages = worker.Packages;
        Libraries = worker.Libraries;
        return worker;
    }

    private (string NodeModules, TikzCache Cache) Setup()
    {
        lock (_setupLock)
        {
            if (_setup is { } ready) return ready;
            var modules = Typesetting.NodeModules.Find(siteRoot, "node-tikzjax") ?? throw new DiagnosticException(Diagnostic.Error("package.json", 0, 0,
                "node-tikzjax is not installed (node_modules/node-tikzjax not found), so ```tikz diagrams cannot be drawn.",
                "Run 'npm ci' in the repository (building with 'dotnet build' runs it)."));
            _setup = (modules, new TikzCache(Path.Combine(siteRoot, ".cache", "tikz"), TikzCache.Stamp(modules, _script)));
            return _setup.Value;
        }
    }

    /// <summary>Ends the TikZ worker, if one was started.</summary>
    public ValueTask DisposeAsync() => _pool?.DisposeAsync() ?? ValueTask.CompletedTask;
}

/// <summary>What drawing diagrams cost in one build: TeX runs (requests to a worker), engines started, cache hits, engine load time.</summary>
public sealed record TikzCounts(int Requests, int EngineStarts, int CacheHits, TimeSpan EngineStartTime, TimeSpan DrawTime);
