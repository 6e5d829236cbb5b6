using System.Collections.Concurrent;

namespace Blog.Pipelines;

/// <summary>
/// Lets <see cref="ReadFiles"/> skip files whose size and write time are those of the last read (a
/// service of the preview server, which also forgets every path its watcher reports). Reusing the
/// same content instance also makes the later "did this document change?" checks instant.
/// </summary>
public sealed class FileReadCache
{
    private readonly ConcurrentDictionary<string, (long Length, DateTime Written, object Content)> _files = new(StringComparer.Ordinal);

    /// <summary>The cached content of <paramref name="path"/>, or null; <paramref name="stamp"/> is what <see cref="Set"/> needs.</summary>
    public object? TryGet(string path, out (long Length, DateTime Written) stamp)
    {
        var info = new FileInfo(path);
        stamp = (info.Length, info.LastWriteTimeUtc); // taken before reading, so a write during the read is seen next time
        return _files.TryGetValue(path, out var f) && f.Length == stamp.Length && f.Written == stamp.Written ? f.Content : null;
    }

    public void Set(string path, (long Length, DateTime Written) stamp, object content) => _files[path] = (stamp.Length, stamp.Written, content);

    public void Forget(IEnumerable<string> paths)
    {
        foreach (var p in paths) _files.TryRemove(p, out _);
    }

    public void Clear() => _files.Clear();
}
