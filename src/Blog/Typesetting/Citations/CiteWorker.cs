using Blog.Workers;

namespace Blog.Typesetting.Citations;

/// <summary>
/// One Node process running worker/cite.mjs (citeproc-js and citation-js) on the shared
/// <see cref="WorkerHost"/>, one page at a time (callers take turns), started on the first page
/// that needs it. A worker that dies is started again once for the same page; one that dies again or
/// hangs fails its page with <see cref="CiteWorkerException"/> (the host has killed it); the next page
/// starts a new one.
/// </summary>
public sealed class CiteWorker(string nodePath, string nodeModules, TimeSpan timeout) : IAsyncDisposable
{
    public static string DefaultScript => Path.Combine(AppContext.BaseDirectory, "Typesetting", "worker", "cite.mjs");

    private readonly SemaphoreSlim _turn = new(1);
    private WorkerHost? _host;
    private long _nextId;
    private int _started;

    /// <summary>Node processes started so far (a warm build starts none).</summary>
    public int Started => _started;

    /// <summary>
    /// Formats one page's citations and bibliography. Returns the entries citeproc-js could not read
    /// instead of a result when there are any. A worker that dies while the request is open (killed from
    /// outside: the OOM killer, a stray <c>kill</c>) is started again once for the same page; throws
    /// <see cref="CiteWorkerException"/> when Node cannot start, the worker dies a second time, answers out
    /// of turn, or gives no answer within the time limit.
    /// </summary>
    public async Task<(FormattedCitations? Result, IReadOnlyList<EntryError> Errors)> FormatAsync(CiteRequest request, CancellationToken ct)
    {
        await _turn.WaitAsync(ct);
        try
        {
            try
            {
                return await FormatOnceAsync(request, ct);
            }
            catch (WorkerDiedException first)
            {
                if (_host is { } dead) await dead.KillAsync(); // what is left of it (a worker that broke the protocol still runs)
                try
                {
                    return await FormatOnceAsync(request, ct);
                }
                catch (WorkerDiedException second)
                {
                    throw new CiteWorkerException($"The citation worker died twice while formatting this page (first: {first.Message} Then: {second.Message})",
                        second.Stderr.Length > 0 ? second.Stderr : first.Stderr);
                }
            }
        }
        catch (WorkerException e)
        {
            throw e is WorkerStartException start
                ? new CiteWorkerException("Node.js is needed to format citations. " + start.Message, e.Stderr) { NodeMissing = true }
                : new CiteWorkerException(e.Message, e.Stderr);
        }
        finally
        {
            _turn.Release();
        }
    }

    private async Task<(FormattedCitations? Result, IReadOnlyList<EntryError> Errors)> FormatOnceAsync(CiteRequest request, CancellationToken ct)
    {
        var host = _host is { HasExited: false } running ? running : await StartAsync(ct);
        var id = ++_nextId;
        var response = await host.RequestAsync<CiteRequest, CiteResponse>(request with { Id = id }, timeout, CiteJson.Options, ct);
        if (response.Fatal is not null) throw new CiteWorkerException("citeproc-js failed: " + response.Fatal.Split('\n')[0], response.Fatal);
        if (response.Id != id) throw await BrokenAsync(host, "answered out of turn");
        if (response.Errors is { Count: > 0 } errors) return (null, errors);
        if (response.Citations is null || response.Citations.Count != request.Citations.Count)
            throw await BrokenAsync(host, "answered with the wrong number of citations");
        return (new FormattedCitations(response.Citations, response.Bibliography ?? []), []);
    }

    private async Task<WorkerHost> StartAsync(CancellationToken ct)
    {
        if (_host is { } old) await old.DisposeAsync();
        _host = null;
        var host = WorkerHost.Start(new WorkerStart("The citation worker", nodePath, [DefaultScript]));
        Interlocked.Increment(ref _started);
        _host = host;
        var ready = await host.RequestAsync<CiteWorkerConfig, CiteResponse>(new CiteWorkerConfig(nodeModules), timeout, CiteJson.Options, ct);
        if (!ready.Ready) throw await BrokenAsync(host, "did not start: it answered without saying it was ready");
        return host;
    }

    /// <summary>The worker broke the protocol: it is killed and not used again.</summary>
    private async Task<CiteWorkerException> BrokenAsync(WorkerHost host, string what)
    {
        var log = host.Stderr;
        await host.KillAsync();
        return new CiteWorkerException($"The citation worker {what}.", log);
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is { } host) await host.DisposeAsync();
        _host = null;
    }
}

/// <summary>The citation worker failed (could not start, died, hung); <see cref="Log"/> is what it printed on stderr.</summary>
public sealed class CiteWorkerException(string message, string log = "") : Exception(message)
{
    public string Log { get; } = log;

    /// <summary>Node.js itself could not be started (not installed, or <c>math.node</c> names no program).</summary>
    public bool NodeMissing { get; init; }
}
