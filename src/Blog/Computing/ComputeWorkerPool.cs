using System.Collections.Concurrent;
using Blog.Workers;

namespace Blog.Computing;

/// <summary>
/// Compute workers for the pages of a build (and of later builds in the same process, so the
/// preview stays warm). Each page gets a fresh worker and the worker is ended with everything the
/// page started when the page is done: pages are isolated as if each ran alone. Starting a worker
/// (loading Roslyn) takes seconds, so a spare is started and warmed while the page runs
/// (<see cref="WorkerPoolOptions{TWorker}.OneUse"/>).
/// </summary>
public sealed class ComputeWorkerPool
{
    private static readonly ConcurrentDictionary<(int, int), ComputeWorkerPool> Pools = new();

    private readonly WorkerPool<WorkerProcess> _pool;

    private ComputeWorkerPool(int size, int memoryLimitMb)
    {
        _pool = new(new()
        {
            Start = _ => StartAsync(memoryLimitMb),
            Size = size,
            OneUse = true,
            End = EndAsync,
        });
        // The pools live as long as the process: its spares are ended when it exits.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => _pool.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(5));
    }

    /// <summary>The pool for these settings (<c>compute.workers</c>, 0 meaning one per processor; <c>compute.memoryLimit</c> in MB), shared by every build of this process.</summary>
    public static ComputeWorkerPool For(ComputeSettings settings)
    {
        var size = settings.Workers > 0 ? settings.Workers : Environment.ProcessorCount;
        return Pools.GetOrAdd((size, settings.MemoryLimit), key => new ComputeWorkerPool(key.Item1, key.Item2));
    }

    /// <summary>
    /// A new worker, warmed up: its first compilation loads and JITs Roslyn, which takes seconds
    /// and must not count against the first block's timeout.
    /// </summary>
    private static async Task<WorkerProcess> StartAsync(int memoryLimitMb)
    {
        var worker = await Task.Run(() => WorkerProcess.Start(memoryLimitMb));
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

    /// <summary>Ends the worker and every process its page started, checked gone (a survivor is an error the page reports).</summary>
    private static async Task EndAsync(WorkerProcess worker)
    {
        try { await worker.EndAsync(); }
        finally { await worker.DisposeAsync(); }
    }

    /// <summary>Runs one page's work on a fresh worker, then ends the worker and every process it started.</summary>
    public Task<T> UseAsync<T>(Func<WorkerProcess, Task<T>> work, CancellationToken cancellationToken) =>
        _pool.UseAsync((worker, _) => work(worker), cancellationToken);
}
