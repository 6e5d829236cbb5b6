namespace Blog.Workers;

/// <summary>How a <see cref="WorkerPool{TWorker}"/> starts, hands out and ends its workers.</summary>
public sealed record WorkerPoolOptions<TWorker> where TWorker : class, IPooledWorker
{
    /// <summary>Starts one worker, ready for work (its start-up handshake done); throws when it cannot.</summary>
    public required Func<CancellationToken, Task<TWorker>> Start { get; init; }

    /// <summary>How many callers hold a worker at once (at least 1); the others wait their turn.</summary>
    public int Size { get; init; } = 1;

    /// <summary>
    /// When true each caller gets a fresh worker that is ended after its work, so nothing one caller did
    /// reaches another, and a spare is started while the work runs so the next caller need not wait for
    /// a start. When false (the default) a worker serves caller after caller until it fails or exits.
    /// </summary>
    public bool OneUse { get; init; }

    /// <summary>How a worker is ended (default: disposed). May throw, e.g. when a process it started survives; the caller sees that.</summary>
    public Func<TWorker, Task>? End { get; init; }

    /// <summary>
    /// What to do with a worker whose work threw the exception, on the given attempt (1, 2, …). Default
    /// <see cref="AfterFailure.Retire"/>. A one-use worker is ended whatever this says, but may be retried.
    /// </summary>
    public Func<Exception, int, AfterFailure> AfterFailure { get; init; } = (_, _) => Workers.AfterFailure.Retire;
}
