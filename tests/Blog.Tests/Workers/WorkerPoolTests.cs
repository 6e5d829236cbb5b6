using Blog.Workers;

namespace Blog.Tests.Workers;

/// <summary>
/// The one pool type (<see cref="WorkerPool{TWorker}"/>) with stand-in workers: started on first need, reused
/// or one use with a spare, replaced when exited, kept, retired or retried after a failure as the options
/// say, all ended on dispose. The real workers' behaviour (MathJax, TikZ, compute) is tested with them.
/// </summary>
public sealed class WorkerPoolTests
{
    private sealed class Fake(int number) : IPooledWorker
    {
        public int Number { get; } = number;
        public bool Exited { get; set; }
        public int Ended { get; private set; }
        public bool HasExited => Exited;
        public ValueTask DisposeAsync()
        {
            Ended++;
            Exited = true;
            return ValueTask.CompletedTask;
        }
    }

    private sealed class Starter
    {
        public List<Fake> Started { get; } = [];
        public Task<Fake> StartAsync(CancellationToken _)
        {
            lock (Started)
            {
                var fake = new Fake(Started.Count + 1);
                Started.Add(fake);
                return Task.FromResult(fake);
            }
        }
    }

    private sealed class Died : Exception;
    private sealed class Broke : Exception;

    [Fact]
    public async Task Nothing_starts_until_a_caller_needs_a_worker_and_then_one_serves_caller_after_caller()
    {
        var starter = new Starter();
        await using var pool = new WorkerPool<Fake>(new() { Start = starter.StartAsync });
        Assert.Empty(starter.Started);
        var first = await pool.UseAsync((w, _) => Task.FromResult(w.Number), default);
        var second = await pool.UseAsync((w, _) => Task.FromResult(w.Number), default);
        Assert.Equal((1, 1), (first, second));
        Assert.Equal(1, pool.WorkersStarted);
    }

    [Fact]
    public async Task An_exited_worker_is_ended_and_replaced()
    {
        var starter = new Starter();
        await using var pool = new WorkerPool<Fake>(new() { Start = starter.StartAsync });
        await pool.UseAsync((w, _) => { w.Exited = true; return Task.FromResult(0); }, default);
        Assert.Equal(2, await pool.UseAsync((w, _) => Task.FromResult(w.Number), default));
        Assert.Equal(1, starter.Started[0].Ended);
    }

    [Theory]
    [InlineData(AfterFailure.Retire, 2, 1)]
    [InlineData(AfterFailure.Keep, 1, 0)]
    public async Task After_a_failure_the_worker_is_kept_or_ended_as_the_options_say(AfterFailure after, int next, int ended)
    {
        var starter = new Starter();
        await using var pool = new WorkerPool<Fake>(new() { Start = starter.StartAsync, AfterFailure = (_, _) => after });
        await Assert.ThrowsAsync<Broke>(() => pool.UseAsync<int>((_, _) => throw new Broke(), default));
        Assert.Equal(next, await pool.UseAsync((w, _) => Task.FromResult(w.Number), default));
        Assert.Equal(ended, starter.Started[0].Ended);
    }

    [Fact]
    public async Task A_retried_failure_runs_the_work_again_on_a_fresh_worker_as_often_as_the_rule_allows()
    {
        var starter = new Starter();
        var retryOnce = new WorkerPoolOptions<Fake>
        {
            Start = starter.StartAsync,
            AfterFailure = (e, attempt) => e is Died && attempt == 1 ? AfterFailure.Retry : AfterFailure.Retire,
        };
        await using var pool = new WorkerPool<Fake>(retryOnce);
        var seen = new List<int>();
        var result = await pool.UseAsync((w, _) =>
        {
            seen.Add(w.Number);
            return seen.Count == 1 ? throw new Died() : Task.FromResult("typeset");
        }, default);
        Assert.Equal("typeset", result);
        Assert.Equal([1, 2], seen);
        Assert.Equal(1, starter.Started[0].Ended);

        await Assert.ThrowsAsync<Died>(() => pool.UseAsync<int>((_, _) => throw new Died(), default)); // twice: the error goes out
        Assert.Equal(3, pool.WorkersStarted);
    }

    [Fact]
    public async Task One_use_workers_are_ended_after_each_caller_and_a_spare_is_ready_for_the_next()
    {
        var starter = new Starter();
        var ended = new List<int>();
        await using var pool = new WorkerPool<Fake>(new()
        {
            Start = starter.StartAsync,
            OneUse = true,
            End = w => { ended.Add(w.Number); return w.DisposeAsync().AsTask(); },
        });
        Assert.Equal(1, await pool.UseAsync((w, _) => Task.FromResult(w.Number), default));
        Assert.Equal([1], ended);
        Assert.Equal(2, pool.WorkersStarted); // the spare started with the first page
        Assert.Equal(2, await pool.UseAsync((w, _) => Task.FromResult(w.Number), default));
        await Assert.ThrowsAsync<Broke>(() => pool.UseAsync<int>((_, _) => throw new Broke(), default));
        Assert.Equal([1, 2, 3], ended); // a failed one too, whatever the failure rule says
    }

    [Fact]
    public async Task A_one_use_spare_that_failed_to_start_is_replaced()
    {
        var starts = 0;
        await using var pool = new WorkerPool<Fake>(new()
        {
            Start = _ => ++starts == 2 ? Task.FromException<Fake>(new WorkerDiedException("The test worker", "stopped", 1, "")) : Task.FromResult(new Fake(starts)),
            OneUse = true,
        });
        Assert.Equal(1, await pool.UseAsync((w, _) => Task.FromResult(w.Number), default));
        Assert.Equal(4, await pool.UseAsync((w, _) => Task.FromResult(w.Number), default)); // 2 failed, 3 is the next spare
    }

    [Fact]
    public async Task Callers_beyond_the_size_wait_for_a_place()
    {
        var starter = new Starter();
        await using var pool = new WorkerPool<Fake>(new() { Start = starter.StartAsync, Size = 2 });
        var release = new TaskCompletionSource();
        var inside = 0;
        var most = 0;
        async Task<int> Hold(Fake w, CancellationToken _)
        {
            var now = Interlocked.Increment(ref inside);
            lock (starter) most = Math.Max(most, now);
            await release.Task;
            Interlocked.Decrement(ref inside);
            return w.Number;
        }
        var a = pool.UseAsync(Hold, default);
        var b = pool.UseAsync(Hold, default);
        var c = pool.UseAsync(Hold, default);
        Assert.False(c.IsCompleted);
        release.SetResult();
        await Task.WhenAll(a, b, c);
        Assert.Equal(2, most);
        Assert.Equal(2, pool.WorkersStarted);
    }

    [Fact]
    public async Task Disposing_ends_every_worker_the_pool_started_and_refuses_new_callers()
    {
        var starter = new Starter();
        var pool = new WorkerPool<Fake>(new() { Start = starter.StartAsync, Size = 2 });
        var hold = new TaskCompletionSource();
        var busy = pool.UseAsync(async (w, _) => { await hold.Task; return w.Number; }, default);
        await pool.UseAsync((w, _) => Task.FromResult(w.Number), default);
        await pool.DisposeAsync();
        Assert.All(starter.Started, w => Assert.Equal(1, w.Ended));
        hold.SetResult();
        await busy;
        Assert.All(starter.Started, w => Assert.Equal(1, w.Ended)); // ended once, not again when the busy one came back
        await Assert.ThrowsAsync<ObjectDisposedException>(() => pool.UseAsync((w, _) => Task.FromResult(w.Number), default));
    }
}
