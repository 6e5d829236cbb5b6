namespace Blog.Workers;

/// <summary>A worker process could not answer. Subclasses say why; the worker is of no further use.</summary>
public abstract class WorkerException(string message, string stderr) : Exception(message)
{
    /// <summary>The last lines the worker wrote to stderr (bounded), for the message that fails the page.</summary>
    public string Stderr { get; } = stderr;
}

/// <summary>The program could not be started at all (not installed, not executable).</summary>
public sealed class WorkerStartException(string name, string fileName, string reason)
    : WorkerException($"{name} could not be started: '{fileName}' ({reason}).", "")
{
    public string FileName { get; } = fileName;
}

/// <summary>The worker gave no answer within <see cref="Limit"/> and was killed with its process tree.</summary>
public sealed class WorkerTimeoutException(string name, TimeSpan limit, string stderr)
    : WorkerException($"{name} gave no answer within {limit.TotalSeconds:0.#} s and was stopped.", stderr)
{
    public TimeSpan Limit { get; } = limit;
}

/// <summary>The worker ended (or broke the protocol) while a request was open.</summary>
public sealed class WorkerDiedException(string name, string what, int? exitCode, string stderr)
    : WorkerException($"{name} {what}{(exitCode is { } c ? $" (exit code {c})" : "")}.", stderr)
{
    /// <summary>The process's exit code, or null when it was still running (it broke the protocol) or is unknown.</summary>
    public int? ExitCode { get; } = exitCode;
}
