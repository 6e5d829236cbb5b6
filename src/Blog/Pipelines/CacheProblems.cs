using System.Collections.Concurrent;
using Blog.Diagnostics;

namespace Blog.Pipelines;

/// <summary>
/// Where a cache that cannot be read or written says so: one warning per cache folder per build,
/// never an error, since a cache only saves time. The build in progress is found through an
/// <see cref="AsyncLocal{T}"/> set by <see cref="Begin"/>, so any code a build runs (modules,
/// workers' callers, tasks they start) reports into that build's diagnostics without being handed them;
/// outside a build (a preview's background work) nothing is reported.
/// </summary>
public static class CacheProblems
{
    private sealed record Sink(DiagnosticBag Diagnostics, ConcurrentDictionary<string, bool> Reported);

    private static readonly AsyncLocal<Sink?> Current = new();

    /// <summary>Reports into <paramref name="diagnostics"/> until the result is disposed (the end of a build).</summary>
    public static IDisposable Begin(DiagnosticBag diagnostics)
    {
        var before = Current.Value;
        Current.Value = new Sink(diagnostics, new ConcurrentDictionary<string, bool>(StringComparer.Ordinal));
        return new End(() => Current.Value = before);
    }

    /// <summary>
    /// The cache at <paramref name="folder"/> could not be used: a warning naming it and the system's
    /// reason, the first time in this build. The caller goes on without the cache.
    /// </summary>
    public static void Skipped(string folder, Exception reason)
    {
        if (Current.Value is not { } sink || !sink.Reported.TryAdd(Name(folder), true)) return;
        sink.Diagnostics.Add(Diagnostic.Warning(Name(folder), 0, 0,
            $"The cache {Name(folder)} cannot be used ({reason.Message}); this build goes on without it, which only costs time.",
            $"Make {Name(folder)} a writable folder again (delete it, or whatever file is in its place); the next build fills it."));
    }

    /// <summary>
    /// The file <paramref name="file"/> of the cache at <paramref name="folder"/> is damaged (its SHA-256 does not
    /// match, or it is not in the form this version writes): a warning, the first time in this build. The caller
    /// goes on as if the cache were empty and writes it anew.
    /// </summary>
    public static void Damaged(string folder, string file)
    {
        if (Current.Value is not { } sink || !sink.Reported.TryAdd(Name(folder), true)) return;
        sink.Diagnostics.Add(Diagnostic.Warning(Name(folder), 0, 0,
            $"The cache file {Name(folder)}/{file} is damaged (changed since this tool wrote it); this build does without it and writes it anew, which only costs time.",
            $"Nothing to do; to start afresh, delete {Name(folder)}."));
    }

    /// <summary>The cache's folder as <c>.cache/name</c> when it is under a site's <c>.cache</c>, else as given.</summary>
    private static string Name(string folder)
    {
        var parts = folder.Replace('\\', '/').TrimEnd('/').Split('/');
        var at = Array.LastIndexOf(parts, ".cache");
        return at >= 0 && at + 1 < parts.Length ? $".cache/{parts[at + 1]}" : folder;
    }

    private sealed class End(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
