using System.Collections.Concurrent;

namespace Blog.Compute;

/// <summary>
/// Worker processes shared by the pages of a build (and by later builds of the same process, so
/// the preview server stays warm). A page holds one worker from its first block to its last; a
/// worker that timed out or died is dropped and a fresh one started for the next page.
/// </summary>
public sealed class WorkerPool
{
    private const int RetireAfterRuns = 400;
    private static readonly ConcurrentDictionary<(int, int), WorkerPool> Pools = new();

    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<WorkerProcess> _idle = [];
    private readonly int _memoryLimitMb;

    private WorkerPool(int size, int memoryLimitMb)
    {
        _slots = new SemaphoreSlim(size, size);
        _memoryLimitMb = memoryLimitMb;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { while (_idle.TryTake(out var w)) w.Dispose(); };
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
    private async Task<WorkerProcess> StartAsync(CancellationToken cancellationToken)
    {
        var worker = await Task.Run(() => WorkerProcess.Start(_memoryLimitMb), cancellationToken);
        try
        {
            var warmUp = TimeSpan.FromSeconds(120);
            await worker.SendAsync(new WorkerRequest { Op = "begin" }, warmUp, cancellationToken);
            await worker.SendAsync(new WorkerRequest { Op = "run", Code = "1 + 1" }, warmUp, cancellationToken);
            return worker;
        }
        catch
        {
            worker.Dispose();
            throw;
        }
    }

    public async Task<T> UseAsync<T>(Func<WorkerProcess, Task<T>> work, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        WorkerProcess? worker = null;
        try
        {
            worker = _idle.TryTake(out var idle) ? idle : await StartAsync(cancellationToken);
            return await work(worker);
        }
        finally
        {
            if (worker is { Healthy: true, Runs: < RetireAfterRuns }) _idle.Add(worker);
            else worker?.Dispose();
            _slots.Release();
        }
    }
}
