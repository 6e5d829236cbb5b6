using Blog.Workers;

namespace Blog.Typesetting;

/// <summary>
/// One Node process running worker/typeset.mjs on the shared <see cref="WorkerHost"/>, fed one page
/// at a time. The worker says which formula it starts on; each must finish within the formula time
/// limit (math.formulaTimeout), so a slow formula is named, not just its page. Used by one caller at
/// a time (the pool hands it out); a worker that failed a request is of no further use.
/// </summary>
public sealed class MathWorker : IPooledWorker
{
    private readonly WorkerHost _host;
    private long _nextId;

    private MathWorker(WorkerHost host) => _host = host;

    public bool HasExited => _host.HasExited;
    /// <summary>Raised when the worker says it starts on a formula (its index in the page); tests stop a worker mid-page with it.</summary>
    public event Action<MathWorker, int>? FormulaStarted;
    public string Version { get; private set; } = "";
    /// <summary>Time MathJax itself spent on this worker's pages, as the worker measured it.</summary>
    public TimeSpan MathJaxTime { get; private set; }
    /// <summary>CPU time (user + system) the worker process spent on those requests, as Node measured it.</summary>
    public TimeSpan MathJaxCpu { get; private set; }

    public static async Task<MathWorker> StartAsync(MathWorkerOptions options, WorkerConfig config, CancellationToken ct)
    {
        WorkerHost host;
        try
        {
            host = WorkerHost.Start(new WorkerStart("The MathJax worker", options.NodePath, [options.ScriptPath]));
        }
        catch (WorkerStartException e)
        {
            throw new NodeMissingException(options.NodePath, e.Message);
        }
        var worker = new MathWorker(host);
        try
        {
            var ready = await host.RequestAsync<WorkerConfig, TypesetResponse>(config, options.StartTimeout, TypesetJson.Options, ct);
            if (!ready.Ready) throw new MathWorkerException("The MathJax worker did not start: it answered without saying it was ready.", host.Stderr);
            worker.Version = ready.Version ?? "";
            return worker;
        }
        catch (WorkerException e)
        {
            await host.DisposeAsync();
            throw new MathWorkerException("The MathJax worker did not start: " + e.Message, e.Stderr);
        }
    }

    /// <summary>Typesets one page. Throws <see cref="FormulaTimeoutException"/> when one formula takes longer than <paramref name="formulaLimit"/>.</summary>
    public async Task<TypesetPage> TypesetAsync(IReadOnlyList<Formula> math, TimeSpan formulaLimit, CancellationToken ct)
    {
        var id = ++_nextId;
        var current = -1;
        try
        {
            await _host.SendAsync(new TypesetRequest(id, math), TypesetJson.Options, ct);
            while (true)
            {
                var response = await _host.ReceiveAsync<TypesetResponse>(formulaLimit, TypesetJson.Options, ct);
                if (response.Formula is { } started)
                {
                    current = started; // progress: the clock starts again for this formula
                    FormulaStarted?.Invoke(this, started);
                    continue;
                }
                if (response.Fatal is not null) throw new MathJaxFailedException(response.Fatal);
                if (response.Id != id || response.Html is null || response.Html.Count != math.Count || response.Html.Any(h => h is null))
                {
                    await _host.KillAsync();
                    throw new MathWorkerException("The MathJax worker answered out of turn.", _host.Stderr);
                }
                MathJaxTime += TimeSpan.FromMilliseconds(response.Ms);
                MathJaxCpu += TimeSpan.FromMilliseconds(response.CpuMs);
                var usage = response.Usage is { } u && u.Count == math.Count ? u : [.. math.Select(_ => StyleUsage.None)];
                return new TypesetPage(response.Html!, response.Errors ?? [], usage);
            }
        }
        catch (WorkerTimeoutException e)
        {
            throw new FormulaTimeoutException(Math.Max(current, 0), e.Limit, e.Stderr);
        }
        catch (WorkerException e)
        {
            throw new MathWorkerException(e.Message, e.Stderr);
        }
    }

    /// <summary>MathJax's stylesheet for the given usage (see worker/typeset.mjs).</summary>
    public async Task<string> StylesheetAsync(StyleUsage usage, TimeSpan limit, CancellationToken ct)
    {
        var id = ++_nextId;
        try
        {
            await _host.SendAsync(new TypesetRequest(id, [], usage), TypesetJson.Options, ct);
            var response = await _host.ReceiveAsync<TypesetResponse>(limit, TypesetJson.Options, ct);
            if (response.Fatal is not null) throw new MathJaxFailedException(response.Fatal);
            if (response.Id != id || response.Css is null)
            {
                await _host.KillAsync();
                throw new MathWorkerException("The MathJax worker answered out of turn.", _host.Stderr);
            }
            MathJaxTime += TimeSpan.FromMilliseconds(response.Ms);
            MathJaxCpu += TimeSpan.FromMilliseconds(response.CpuMs);
            return response.Css;
        }
        catch (WorkerException e)
        {
            throw new MathWorkerException(e.Message, e.Stderr);
        }
    }

    public Task KillAsync() => _host.KillAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}

/// <summary>The worker process failed (died, hung, or answered nonsense); <see cref="Log"/> is what it printed on stderr.</summary>
public class MathWorkerException(string message, string log = "") : Exception(message)
{
    public string Log { get; } = log;
}

/// <summary>MathJax threw on a page (a bug or a limit, not a TeX error); the worker is still usable.</summary>
public sealed class MathJaxFailedException(string stack) : MathWorkerException("MathJax failed: " + stack.Split('\n')[0], stack);

/// <summary>The formula at <see cref="Index"/> of the page took longer than <see cref="Limit"/>; the worker was stopped. Not retried: it would only time out again.</summary>
public sealed class FormulaTimeoutException(int index, TimeSpan limit, string log)
    : MathWorkerException($"MathJax did not finish formula {index + 1} within {limit.TotalSeconds:0.#} s.", log)
{
    public int Index { get; } = index;
    public TimeSpan Limit { get; } = limit;
    /// <summary>The formula that ran out of time, when it was typeset apart from its page (shared by several pages).</summary>
    public Formula? Formula { get; init; }
}

/// <summary>Node could not be started at all.</summary>
public sealed class NodeMissingException(string nodePath, string reason)
    : MathWorkerException($"Node.js is needed to typeset math at build time, but '{nodePath}' could not be started ({reason}).");
