using System.Collections.Concurrent;

namespace Blog.Workers;

/// <summary>
/// The one pool of worker processes (compute workers in .NET, MathJax and TikZ workers in Node): at most
/// <see cref="WorkerPoolOptions{TWorker}.Size"/> callers at a time, each handed one worker; workers are
/// started on first need (a build that needs none starts none), an exited one is replaced, one whose work
/// threw is kept, ended or ended and the work run again as the options say, and disposing the pool ends
/// every worker it started. What a worker is and why it died stay with the worker type.
/// </summary>
public sealed class WorkerPool<TWorker> : IAsyncDisposable where TWorker : class, IPooledWorker
{
    private readonly WorkerPoolOptions<TWorker> _options;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<TWorker> _idle = [];
    private readonly ConcurrentQueue<Task<TWorker>> _spares = new();
    private readonly ConcurrentDictionary<TWorker, bool> _all = new();
    private int _started;
    private volatile bool _disposed;

    /// <summary>A pool that starts nothing until <see cref="UseAsync{T}"/> is first called.</summary>
    public WorkerPool(WorkerPoolOptions<TWorker> options)
    {
        _options = options;
        var size = Math.Max(1, options.Size);
        _slots = new SemaphoreSlim(size, size);
    }

    /// <summary>Workers started so far: restarts and spares included.</summary>
    public int WorkersStarted => _started;

    /// <summary>
    /// Runs <paramref name="work"/> on a worker once one of the pool's places is free, and returns its result.
    /// When the work throws, <see cref="WorkerPoolOptions{TWorker}.AfterFailure"/> decides the worker's fate
    /// and whether the work runs again; otherwise the exception goes to the caller. Cancellation stops the wait
    /// for a place or a start.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The pool was disposed.</exception>
    public async Task<T> UseAsync<T>(Func<TWorker, CancellationToken, Task<T>> work, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _slots.WaitAsync(ct);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var worker = await TakeAsync(ct);
                T result;
                try
                {
                    result = await work(worker, ct);
                }
                catch (Exception e)
                {
                    var after = _options.AfterFailure(e, attempt);
                    if (after == AfterFailure.Keep && !_options.OneUse) Return(worker);
                    else await RetireAsync(worker);
                    if (after == AfterFailure.Retry) continue;
                    throw;
                }
                if (_options.OneUse) await RetireAsync(worker);
                else Return(worker);
                return result;
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    private Task<TWorker> TakeAsync(CancellationToken ct) => _options.OneUse ? TakeFreshAsync(ct) : TakeIdleOrStartAsync(ct);

    /// <summary>An idle worker that is still alive (the exited ones are ended on the way), else a new one.</summary>
    private async Task<TWorker> TakeIdleOrStartAsync(CancellationToken ct)
    {
        while (_idle.TryTake(out var worker))
        {
            if (!worker.HasExited) return worker;
            await RetireQuietlyAsync(worker);
        }
        return await StartAsync(ct);
    }

    /// <summary>A spare if one is ready or warming (a spare that failed to start is replaced once), else a new worker; a new spare starts for the next caller.</summary>
    private async Task<TWorker> TakeFreshAsync(CancellationToken ct)
    {
        var next = _spares.TryDequeue(out var spare) ? spare : StartAsync(CancellationToken.None);
        _spares.Enqueue(StartAsync(CancellationToken.None));
        try
        {
            return await Waited(next, ct);
        }
        catch (WorkerException) when (!ct.IsCancellationRequested && spare is not null)
        {
            return await Waited(StartAsync(CancellationToken.None), ct);
        }
    }

    /// <summary>Waits for a start that outlives the caller's token: a worker whose caller gave up is ended when it is ready.</summary>
    private async Task<TWorker> Waited(Task<TWorker> start, CancellationToken ct)
    {
        try
        {
            return await start.WaitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            _ = start.ContinueWith(t => RetireQuietlyAsync(t.Result), CancellationToken.None,
                TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default).Unwrap();
            throw;
        }
    }

    private async Task<TWorker> StartAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Interlocked.Increment(ref _started);
        var worker = await _options.Start(ct);
        _all[worker] = true;
        if (_disposed) await RetireQuietlyAsync(worker); // the pool went away while it started
        ObjectDisposedException.ThrowIf(_disposed, this);
        return worker;
    }

    private void Return(TWorker worker)
    {
        if (_disposed) _ = RetireQuietlyAsync(worker);
        else _idle.Add(worker);
    }

    private async Task RetireAsync(TWorker worker)
    {
        if (!_all.TryRemove(worker, out _)) return; // already ended (by DisposeAsync)
        if (_options.End is { } end) await end(worker);
        else await worker.DisposeAsync();
    }

    private async Task RetireQuietlyAsync(TWorker worker)
    {
        try { await RetireAsync(worker); }
        catch (WorkerException) { /* nobody waits on this worker; its own failure was reported where it failed */ }
    }

    /// <summary>Ends every worker the pool started (idle, busy or spare); a spare still starting is ended when ready.</summary>
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_spares.TryDequeue(out var spare))
        {
            if (spare.IsCompletedSuccessfully) await RetireQuietlyAsync(spare.Result);
            else _ = spare.ContinueWith(t => RetireQuietlyAsync(t.Result), CancellationToken.None,
                TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default).Unwrap();
        }
        foreach (var worker in _all.Keys) await RetireQuietlyAsync(worker);
    }
}
