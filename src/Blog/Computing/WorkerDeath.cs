using Blog.Workers;

namespace Blog.Computing;

/// <summary>
/// Why a compute worker died, in words for the writer, read from what .NET wrote to its stderr:
/// a stack overflow, an out-of-memory, an exception thrown on a thread a block started (blamed on
/// that block, see <see cref="WorkerMain"/>), or an exit code.
/// </summary>
public sealed record WorkerDeath(string What, string Hint, int? Submission = null)
{
    /// <summary>The line the worker writes before it dies of an exception no block caught.</summary>
    public const string UnhandledMarker = "blog-compute-unhandled:";

    public static WorkerDeath Of(WorkerDiedException died)
    {
        var stderr = died.Stderr;
        if (stderr.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase))
            return new("it overflowed the stack and ended the worker process", "An endless recursion?");
        if (stderr.Contains("OutOfMemory", StringComparison.Ordinal))
            return new("it ran out of memory and ended the worker process", "Allocate less, or raise compute.memoryLimit (MB) in statiq.json.");
        if (stderr.Split('\n').FirstOrDefault(l => l.StartsWith(UnhandledMarker, StringComparison.Ordinal)) is { } marker)
        {
            var parts = marker[UnhandledMarker.Length..].Split(' ', 2);
            var submission = int.TryParse(parts[0], out var s) ? s : (int?)null;
            return new($"a thread it started threw {parts.ElementAtOrDefault(1)?.Trim()} and ended the worker process",
                "Catch exceptions inside the threads and tasks a block starts, and wait for them before the block ends.", submission);
        }
        var last = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(3);
        return new($"it ended the worker process (exit code {died.ExitCode?.ToString() ?? "unknown"})",
            stderr.Length > 0 ? "The worker said: " + string.Join(" / ", last).Trim() : "Environment.Exit or a crash in native code?");
    }
}
