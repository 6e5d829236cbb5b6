using Blog.Workers;

namespace Blog.Typesetting.Diagrams;

/// <summary>
/// One Node process running worker/tikz.mjs on the shared <see cref="WorkerHost"/>: the TeX engine is
/// loaded once when it starts (<see cref="StartTime"/>), then draws one diagram per request, each
/// within the diagram time limit (<c>tikz.timeout</c>); past it the process is killed. One caller at
/// a time; a worker that failed a request is of no further use.
/// </summary>
public sealed class TikzWorker : IPooledWorker
{
    private readonly WorkerHost _host;
    private long _nextId;

    private TikzWorker(WorkerHost host) => _host = host;

    /// <summary>node-tikzjax's version, as the worker read it.</summary>
    public string Version { get; private set; } = "";
    /// <summary>The LaTeX packages the engine ships (names of its .sty files), for the message about an unknown one.</summary>
    public IReadOnlyList<string> Packages { get; private set; } = [];
    /// <summary>The TikZ libraries the engine ships.</summary>
    public IReadOnlyList<string> Libraries { get; private set; } = [];
    /// <summary>What loading the engine took, as the worker measured it.</summary>
    public TimeSpan StartTime { get; private set; }
    public bool HasExited => _host.HasExited;
    /// <summary>Time the worker spent on its drawings (TeX, then DVI to SVG), as it measured them.</summary>
    public TimeSpan DrawTime { get; private set; }

    /// <exception cref="TikzWorkerException">Node could not be started, or the engine did not load within <paramref name="limit"/>.</exception>
    public static async Task<TikzWorker> StartAsync(string nodePath, string script, string nodeModules, TimeSpan limit, CancellationToken ct)
    {
        WorkerHost host;
        try
        {
            host = WorkerHost.Start(new WorkerStart("The TikZ worker", nodePath, [script]));
        }
        catch (WorkerStartException e)
        {
            throw new TikzWorkerException($"Node.js is needed to draw ```tikz diagrams, but '{nodePath}' could not be started ({e.Message}).");
        }
        var worker = new TikzWorker(host);
        try
        {
            var ready = await host.RequestAsync<TikzConfig, TikzResponse>(new TikzConfig(nodeModules), limit, TikzJson.Options, ct);
            if (!ready.Ready) throw new TikzWorkerException("The TikZ worker did not start: it answered without saying it was ready.", host.Stderr);
            worker.Version = ready.Version ?? "";
            worker.Packages = ready.Packages ?? [];
            worker.Libraries = ready.Libraries ?? [];
            worker.StartTime = TimeSpan.FromMilliseconds(ready.Ms);
            return worker;
        }
        catch (WorkerException e)
        {
            await host.DisposeAsync();
            throw new TikzWorkerException("The TikZ worker did not start: " + e.Message, e.Stderr);
        }
    }

    /// <summary>Runs TeX on one document and converts its DVI to SVG.</summary>
    /// <exception cref="WorkerTimeoutException">TeX took longer than <paramref name="limit"/>; the worker was killed.</exception>
    /// <exception cref="TikzWorkerException">The worker died or answered nonsense.</exception>
    public async Task<TikzResult> DrawAsync(string tex, TimeSpan limit, CancellationToken ct)
    {
        var id = ++_nextId;
        TikzResponse response;
        try
        {
            response = await _host.RequestAsync<TikzRequest, TikzResponse>(new TikzRequest(id, tex), limit, TikzJson.Options, ct);
        }
        catch (WorkerException e) when (e is not WorkerTimeoutException)
        {
            throw new TikzWorkerException(e.Message, e.Stderr);
        }
        if (response.Fatal is { } fatal) throw new TikzWorkerException("The TikZ worker failed: " + fatal.Split('\n')[0], fatal);
        if (response.Id != id || (response.Svg is null && response.Error is null))
        {
            await _host.KillAsync();
            throw new TikzWorkerException("The TikZ worker answered out of turn.", _host.Stderr);
        }
        DrawTime += TimeSpan.FromMilliseconds(response.Ms);
        return new TikzResult(response.Svg, response.Fonts ?? [], response.Error);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}

/// <summary>A drawing: the SVG and the fonts its text uses, or TeX's first error.</summary>
public sealed record TikzResult(string? Svg, IReadOnlyList<string> Fonts, TikzTexError? Error);

/// <summary>The TikZ worker could not start, died, or answered nonsense; <see cref="Log"/> is what it printed on stderr.</summary>
public sealed class TikzWorkerException(string message, string log = "") : Exception(message)
{
    public string Log { get; } = log;
}
