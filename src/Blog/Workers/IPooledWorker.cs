namespace Blog.Workers;

/// <summary>A worker a <see cref="WorkerPool{TWorker}"/> hands out: one process on a <see cref="WorkerHost"/>, disposed to end it.</summary>
public interface IPooledWorker : IAsyncDisposable
{
    /// <summary>True once the process has ended (killed, crashed, or exited); the pool then starts another.</summary>
    bool HasExited { get; }
}

/// <summary>What a <see cref="WorkerPool{TWorker}"/> does with a worker whose work threw.</summary>
public enum AfterFailure
{
    /// <summary>End the worker and let the exception through (it died, hung, or answered nonsense).</summary>
    Retire,
    /// <summary>Keep the worker for the next caller and let the exception through (the work failed, the process is fine).</summary>
    Keep,
    /// <summary>End the worker and run the work again on another one (it died under work that may well succeed).</summary>
    Retry,
}
