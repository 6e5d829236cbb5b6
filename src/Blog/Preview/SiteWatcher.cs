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

    /// <summary>
    /// How long a closing batch waits, on top, for a file it saw deleted to come back: a save that
    /// deletes and writes anew is never published half-way (the page would answer 404). A file still
    /// missing after this was really deleted.
    /// </summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Raised with the missing path when a batch starts waiting for a deleted file to come back (for tests).</summary>
    public event Action<string>? Settling;

    /// <summary>Waits for the next batch of changed paths (absolute; <see cref="Everything"/> for "all").</summary>
    public async Task<IReadOnlySet<string>> NextBatchAsync(CancellationToken cancellationToken)
    {
        var first = await _changes.Reader.ReadAsync(cancellationToken);
        var batch = new HashSet<string>(StringComparer.Ordinal);
        // Paths whose first event in the batch is a deletion: files that existed before it (an editor's
        // temporary file, created and renamed away within the batch, is not one of them).
        var deleted = new HashSet<string>(StringComparer.Ordinal);
        void Add((string Path, bool Gone) change)
        {
            if (batch.Add(change.Path) && change.Gone) deleted.Add(change.Path);
        }
        Add(first);
        var gone = first.Gone;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < MaxWait)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            quiet.CancelAfter(gone && DeleteGrace > Quiet ? DeleteGrace : Quiet);
            try
            {
                var next = await _changes.Reader.ReadAsync(quiet.Token);
                do { Add(next); gone |= next.Gone; } while (_changes.Reader.TryRead(out next));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }
        if (gone) await SettleAsync(deleted, Add, cancellationToken);
        return batch;
    }

    /// <summary>Adds changes to the batch, event by event, while a deleted path is missing, for at most <see cref="Settle"/>.</summary>
    private async Task SettleAsync(HashSet<string> deleted, Action<(string, bool)> add, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < Settle && deleted.FirstOrDefault(Missing) is { } missing)
        {
            Settling?.Invoke(missing);
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(Settle - clock.Elapsed);
            try
            {
                var next = await _changes.Reader.ReadAsync(wait.Token);
                do add(next); while (_changes.Reader.TryRead(out next));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>A changed path that is not there now (a deleted file or folder; never <see cref="Everything"/>).</summary>
    private static bool Missing(string path) => path != Everything && !File.Exists(path) && !Directory.Exists(path);

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
