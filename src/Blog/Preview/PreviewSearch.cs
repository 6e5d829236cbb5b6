using Blog.Diagnostics;
using Blog.Pipelines;
using Blog.Site.Search;

namespace Blog.Preview;

/// <summary>
/// The search index of the preview. Pagefind has no incremental mode, so after each good build the
/// whole index is made again in the background (the reload is not delayed) into a new folder, and
/// served from there once complete; until then the previous index answers. Requests that arrive while
/// one runs are coalesced: only the newest generation is indexed next. After the first index, a
/// refresh waits until no build has finished for <see cref="Quiet"/>: while a writer saves again and
/// again, Pagefind (seconds of CPU on a large site, reading every page) does not take the cores the
/// next rebuild needs, and indexes once, the newest generation, when the edits pause.
/// </summary>
public sealed class PreviewSearch(string root, string siteRoot, TextWriter log) : IAsyncDisposable
{
    private const string Prefix = "search-";
    private readonly object _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<(int Generation, TaskCompletionSource Done)> _waiters = [];
    private (Generation Generation, SearchPlan Plan)? _pending;
    private Task _worker = Task.CompletedTask;
    private bool _running;
    private int _folders;
    private Served? _served;

    private sealed record Served(string Folder, string Bundle, int Generation);

    /// <summary>How long after the last build an index is begun (the first index begins at once).</summary>
    public TimeSpan Quiet { get; init; } = TimeSpan.FromSeconds(2);

    private long _lastRefresh;

    /// <summary>The generation the served index was made from; 0 before the first index.</summary>
    public int IndexedGeneration => Volatile.Read(ref _served)?.Generation ?? 0;

    /// <summary>The last indexing failure, or null after a success.</summary>
    public string? LastError { get; private set; }

    /// <summary>Index <paramref name="generation"/> soon (in the background); <paramref name="plan"/> null means search is off.</summary>
    public void Refresh(Generation generation, SearchPlan? plan)
    {
        lock (_gate)
        {
            if (plan is null)
            {
                Volatile.Write(ref _served, null);
                Complete(generation.Number);
                return;
            }
            _pending = (generation, plan);
            _lastRefresh = Environment.TickCount64;
            if (_running) return;
            _running = true;
            _worker = Task.Run(RunAsync);
        }
    }

    /// <summary>Completes once an index made from <paramref name="generation"/> or a later one is served, or its indexing failed.</summary>
    public Task WhenIndexedAsync(int generation, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (IndexedGeneration >= generation) return Task.CompletedTask;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((generation, done));
            return done.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>The file for a destination such as <c>pagefind/pagefind.js</c>, when it belongs to the served index.</summary>
    public string? Find(string destination)
    {
        if (Volatile.Read(ref _served) is not { } served || !destination.StartsWith(served.Bundle + "/", StringComparison.Ordinal)) return null;
        var path = Path.GetFullPath(Path.Combine(served.Folder, destination[(served.Bundle.Length + 1)..]));
        return path.StartsWith(served.Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(path) ? path : null;
    }

    private async Task RunAsync()
    {
        while (true)
        {
            (Generation Generation, SearchPlan Plan) next;
            if (Volatile.Read(ref _served) is not null && await QuietAsync() is false) return;
            lock (_gate)
            {
                if (_pending is null || _stop.IsCancellationRequested) { _running = false; return; }
                next = _pending.Value;
                _pending = null;
            }
            await IndexAsync(next.Generation, next.Plan);
        }
    }

    /// <summary>Waits until no refresh came for <see cref="Quiet"/>; false when the search is stopped meanwhile.</summary>
    private async Task<bool> QuietAsync()
    {
        while (true)
        {
            long waited;
            lock (_gate) waited = Environment.TickCount64 - _lastRefresh;
            var left = Quiet - TimeSpan.FromMilliseconds(waited);
            if (left <= TimeSpan.Zero) return true;
            try { await Task.Delay(left, _stop.Token); }
            catch (OperationCanceledException)
            {
                lock (_gate) _running = false;
                return false;
            }
        }
    }

    private async Task IndexAsync(Generation generation, SearchPlan plan)
    {
        var folder = Path.Combine(root, $"{Prefix}{Interlocked.Increment(ref _folders):D6}");
        try
        {
            var result = await SearchIndexer.IndexAsync(siteRoot, plan, folder,
                destination => generation.Files.TryGetValue(destination, out var file) ? file.Path : Path.Combine(root, "missing", destination),
                _stop.Token);
            var previous = Interlocked.Exchange(ref _served, new Served(folder, plan.Folder, generation.Number));
            LastError = null;
            log.WriteLine($"Search index: {result.Pages} page(s) in {result.Elapsed.TotalMilliseconds:0} ms.");
            if (previous is not null) Delete(previous.Folder);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            Delete(folder);
        }
        catch (DiagnosticException e)
        {
            // The build itself succeeded and is served; the search keeps its previous index.
            Delete(folder);
            LastError = e.Diagnostic.Message;
            log.WriteLine(e.Diagnostic);
        }
        lock (_gate) Complete(generation.Number);
    }

    private void Complete(int generation)
    {
        foreach (var waiter in _waiters.Where(w => w.Generation <= generation).ToList())
        {
            waiter.Done.TrySetResult();
            _waiters.Remove(waiter);
        }
    }

    private static void Delete(string folder)
    {
        try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        try { await _worker; } catch (OperationCanceledException) { }
        Volatile.Write(ref _served, null);
        if (Directory.Exists(root))
            foreach (var folder in Directory.EnumerateDirectories(root, Prefix + "*")) Delete(folder);
    }
}
