using System.Threading.Channels;

namespace Blog.Preview;

/// <summary>
/// Watches the content folder, the theme folder and statiq.json, and hands out changes in batches:
/// a batch closes once the files have been quiet for <see cref="Quiet"/>, so an editor's save
/// (temp file + rename, a burst of writes, delete + recreate, a folder rename) is one rebuild.
/// A folder that is deleted or created later is picked up again through its parent.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    /// <summary>Path reported when the watcher lost track (buffer overflow, watched folder gone): rebuild everything.</summary>
    public const string Everything = "*";

    private readonly Channel<(string Path, bool Gone)> _changes = Channel.CreateUnbounded<(string, bool)>();
    private readonly string[] _folders;
    private readonly string _settingsFile;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly object _gate = new();
    private bool _disposed;

    public SiteWatcher(string settingsFile, params string[] folders)
    {
        _settingsFile = Path.GetFullPath(settingsFile);
        _folders = folders.Select(f => Path.GetFullPath(f).TrimEnd(Path.DirectorySeparatorChar)).ToArray();
        Arm();
    }

    public TimeSpan Quiet { get; init; } = TimeSpan.FromMilliseconds(30);

    /// <summary>
    /// How long a batch with a deletion waits for quiet: editors that save by deleting and writing
    /// anew should not flash a 404 in between.
    /// </summary>
    public TimeSpan DeleteGrace { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest a batch waits for quiet, so a file written continuously still gets previewed.</summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Waits for the next batch of changed paths (absolute; <see cref="Everything"/> for "all").</summary>
    public async Task<IReadOnlySet<string>> NextBatchAsync(CancellationToken cancellationToken)
    {
        var first = await _changes.Reader.ReadAsync(cancellationToken);
        var batch = new HashSet<string>(StringComparer.Ordinal) { first.Path };
        var gone = first.Gone;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < MaxWait)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            quiet.CancelAfter(gone && DeleteGrace > Quiet ? DeleteGrace : Quiet);
            try
            {
                var next = await _changes.Reader.ReadAsync(quiet.Token);
                do { batch.Add(next.Path); gone |= next.Gone; } while (_changes.Reader.TryRead(out next));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }
        return batch;
    }

    /// <summary>True when another change arrives within <paramref name="window"/> (it is left for the next batch).</summary>
    public async Task<bool> MoreWithinAsync(TimeSpan window, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(window);
        try { return await _changes.Reader.WaitToReadAsync(wait.Token); }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested) { return false; }
    }

    /// <summary>(Re)creates the watchers: each folder recursively, and each parent for the folder itself and statiq.json.</summary>
    private void Arm()
    {
        lock (_gate)
        {
            if (_disposed) return;
            foreach (var w in _watchers) w.Dispose();
            _watchers.Clear();
            var parents = _folders.Select(Path.GetDirectoryName).Append(Path.GetDirectoryName(_settingsFile)).OfType<string>()
                .Distinct(StringComparer.Ordinal);
            foreach (var parent in parents.Where(Directory.Exists)) Watch(parent, recursive: false);
            foreach (var folder in _folders.Where(Directory.Exists)) Watch(folder, recursive: true);
        }
    }

    private void Watch(string folder, bool recursive)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => Seen(e.FullPath, recursive);
        watcher.Created += (_, e) => Seen(e.FullPath, recursive);
        watcher.Deleted += (_, e) => Seen(e.FullPath, recursive, gone: true);
        watcher.Renamed += (_, e) => { Seen(e.OldFullPath, recursive, gone: true); Seen(e.FullPath, recursive); };
        watcher.Error += (_, _) => { _changes.Writer.TryWrite((Everything, false)); Task.Run(Arm); };
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void Seen(string path, bool insideWatchedFolder, bool gone = false)
    {
        if (!insideWatchedFolder)
        {
            // A parent watcher reports only statiq.json and the watched folders appearing or going.
            if (path == _settingsFile) _changes.Writer.TryWrite((path, gone));
            else if (_folders.Contains(path)) { _changes.Writer.TryWrite((Everything, gone)); Task.Run(Arm); }
            return;
        }
        if (IsEditorScratch(Path.GetFileName(path))) return;
        _changes.Writer.TryWrite((path, gone));
    }

    /// <summary>Swap, backup and lock files editors write beside the real one; they never change the site.</summary>
    public static bool IsEditorScratch(string name) =>
        name.EndsWith('~') || name.StartsWith(".#", StringComparison.Ordinal) || name == "4913" ||
        name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal) ||
        name.EndsWith(".swpx", StringComparison.Ordinal) || (name.StartsWith('#') && name.EndsWith('#'));

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            foreach (var w in _watchers) w.Dispose();
            _watchers.Clear();
        }
        _changes.Writer.TryComplete();
    }
}
