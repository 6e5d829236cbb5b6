using Blog.Workers;

namespace Blog.Typesetting;

/// <summary>
/// Up to <see cref="MathWorkerOptions.Workers"/> MathJax workers, started on first need (a build
/// whose math is all cached starts none). A worker that dies during a page is replaced and the page
/// is sent again once; a second failure is an error, never a page with missing math. A formula that
/// runs out of time is not sent again: it would only run out of time again.
/// </summary>
public sealed class MathWorkerPool(MathWorkerOptions options, WorkerConfig config) : IAsyncDisposable
{
    private readonly WorkerPool<MathWorker> _pool = new(new()
    {
        Start = ct => MathWorker.StartAsync(options, config, ct),
        Size = options.Workers,
        AfterFailure = Failed,
    });
    private int _pages, _formulas;
    private long _mathJaxTicks, _cpuTicks;

    /// <summary>Workers started so far (restarts included).</summary>
    public int WorkersStarted => _pool.WorkersStarted;
    /// <summary>Pages typeset by a worker (not served from a cache).</summary>
    public int PagesTypeset => _pages;
    /// <summary>Formulas sent to a worker and typeset (not served from a cache).</summary>
    public int FormulasTypeset => _formulas;
    /// <summary>Time MathJax itself spent typesetting, summed over the workers (without start-up and pipes).</summary>
    public TimeSpan MathJaxTime => TimeSpan.FromTicks(Interlocked.Read(ref _mathJaxTicks));
    /// <summary>CPU time the workers spent on typesetting requests (stylesheets apart), as Node measured it.</summary>
    public TimeSpan TypesetCpu => TimeSpan.FromTicks(Interlocked.Read(ref _cpuTicks));
    /// <summary>Raised when a page is handed to a worker (again, after a restart); tests use it to kill the worker mid-page.</summary>
    public event Action<MathWorker, IReadOnlyList<Formula>>? PageStarted;

    /// <summary>Typesets the formulas as one MathJax document (numbering and \eqref across them).</summary>
    public async Task<TypesetPage> TypesetAsync(IReadOnlyList<Formula> math, CancellationToken ct)
    {
        var page = await RunAsync(math, async (worker, ct) =>
        {
            var before = worker.MathJaxCpu;
            var typeset = await worker.TypesetAsync(math, options.FormulaTimeout, ct);
            Interlocked.Add(ref _cpuTicks, (worker.MathJaxCpu - before).Ticks);
            return typeset;
        }, ct);
        Interlocked.Increment(ref _pages);
        Interlocked.Add(ref _formulas, math.Count);
        return page;
    }

    /// <summary>MathJax's stylesheet for this usage (see <see cref="StyleUsage"/>).</summary>
    public Task<string> StylesheetAsync(StyleUsage usage, CancellationToken ct) =>
        RunAsync([], (worker, ct) => worker.StylesheetAsync(usage, options.StartTimeout, ct), ct);

    private Task<T> RunAsync<T>(IReadOnlyList<Formula> math, Func<MathWorker, CancellationToken, Task<T>> work, CancellationToken ct) =>
        _pool.UseAsync(async (worker, ct) =>
        {
            if (math.Count > 0) PageStarted?.Invoke(worker, math);
            var before = worker.MathJaxTime;
            var page = await work(worker, ct);
            Interlocked.Add(ref _mathJaxTicks, (worker.MathJaxTime - before).Ticks);
            return page;
        }, ct);

    /// <summary>
    /// MathJax threw on this page: the worker itself is fine. It died mid-page: a fresh one gets the page
    /// once more. It ran out of time on a formula, or failed twice: the error goes to the page.
    /// </summary>
    private static AfterFailure Failed(Exception e, int attempt) => e switch
    {
        MathJaxFailedException => AfterFailure.Keep,
        FormulaTimeoutException => AfterFailure.Retire,
        MathWorkerException when attempt == 1 => AfterFailure.Retry,
        _ => AfterFailure.Retire,
    };

    /// <summary>Ends every worker the pool started.</summary>
    public ValueTask DisposeAsync() => _pool.DisposeAsync();
}
