using System.Collections.Concurrent;
using Blog.Workers;

namespace Blog.Compute;

/// <summary>
/// Compute workers for the pages of a build (and of later builds in the same process, so the
/// preview stays warm). Each page gets a fresh worker and the worker is ended with everything the
/// page started when the page is done: pages are isolated as if each ran alone. Starting a worker
/// (loading Roslyn) takes seconds, so a spare is started and warmed while the page runs.
/// </summary>
public sealed class WorkerPool
{
    private static readonly ConcurrentDictionary<(int, int), WorkerPool> Pools = new();

    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentQueue<Task<WorkerProcess>> _spares = new();
    private readonly int _memoryLimitMb;

    private WorkerPool(int size, int memoryLimitMb)
    {
        _slots = new SemaphoreSlim(size, size);
        _memoryLimitMb = memoryLimitMb;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            while (_spares.TryDequeue(out var spare))
                if (spare.IsCompletedSuccessfully) spare.Result.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(5));
        };
    }

    public static WorkerPool For(ComputeSettings settings)
    {
        var size = settings.Workers > 0 ? settings.Workers : Environment.ProcessorCount;
        return Pools.GetOrAdd((size, settings.MemoryLimit), key => new WorkerPool(key.Item1, key.Item2));
    }

    /// <summary>
    /// A new worker, warmed up: its first compilation loads and JITs Roslyn, which takes seconds
    /// and must not count against the first block's timeout.
    /// </summary>
    private async Task<WorkerProcess> StartAsync()
    {
        var worker = await Task.Run(() => WorkerProcess.Start(_memoryLimitMb));
        try
        {
            var warmUp = TimeSpan.FromSeconds(120);
            await worker.SendAsync(new WorkerRequest { Op = "begin" }, warmUp, CancellationToken.None);
            await worker.SendAsync(new WorkerRequest { Op = "run", Code = "1 + 1" }, warmUp, CancellationToken.None);
            return worker;
        }
        catch
        {
            await worker.DisposeAsync();
            throw;
        }
    }

    /// <summary>A spare if one is ready or warming (a failed spare is replaced), else a new worker; a new spare starts for the next page.</summary>
    private async Task<WorkerProcess> TakeAsync(CancellationToken ct)
    {
        var next = _spares.TryDequeue(out var spare) ? spare : StartAsync();
        _spares.Enqueue(StartAsync());
        try
        {
            return await next.WaitAsync(ct);
        }
        catch (WorkerException) when (!ct.IsCancellationRequested && spare is not null)
        {
            return await StartAsync().WaitAsync(ct);
        }
    }

    /// <summary>Runs one page's work on a fresh worker, then ends the worker and every process it started.</summary>
    public async Task<T> UseAsync<T>(Func<WorkerProcess, Task<T>> work, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            var worker = await TakeAsync(cancellationToken);
            try
            {
                return await work(worker);
            }
            finally
            {
                await worker.EndAsync();
                await worker.DisposeAsync();
            }
        }
        finally
        {
            _slots.Release();
        }
    }
}
