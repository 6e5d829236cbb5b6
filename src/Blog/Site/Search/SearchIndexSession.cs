using System.Diagnostics;
using Blog.Diagnostics;
using Blog.Typesetting;
using Blog.Workers;

namespace Blog.Site.Search;

/// <summary>One page handed to the search index: its site path and its finished UTF-8 HTML.</summary>
public sealed record IndexedPage(string Url, ReadOnlyMemory<byte> Html);

/// <summary>
/// One Pagefind index made beside the build: pages arrive in batches (one per pipeline, as each
/// pipeline's pages are final) and go to Pagefind (pagefind-index.mjs over its Node API, run on the
/// tool's <see cref="WorkerHost"/> like MathJax, citeproc and TikZ: JSON lines, time limits, stderr kept,
/// its process tree and everything carrying its <c>BLOG_WORKER_OF</c> marker ended) at once,
/// and Pagefind writes the bundle as soon as the last batch is in, while the build's other
/// pipelines still run; <see cref="FinishAsync"/> waits for it. Pagefind's output depends
/// on the order pages are added, so batches are sent in the order named at the start, whatever order
/// they arrive in, and a batch keeps its pages' order: the same site always gives the same bundle.
/// <para>
/// The last bundle is kept in <see cref="SearchIndexCache"/>. Node is started at once when there is
/// none; otherwise only when a batch's running key differs from the stored bundle's, so a rebuild with
/// unchanged pages starts no Node and copies the stored bundle.
/// </para>
/// Failures (no Pagefind, no Node, a page Pagefind rejects, a worker that dies or runs out of time) are
/// reported by <see cref="FinishAsync"/> as a <see cref="DiagnosticException"/> naming the page or saying
/// why the worker died; disposing ends the worker if it still runs.
/// </summary>
public sealed class SearchIndexSession : IAsyncDisposable
{
    /// <summary>How long Node may take to load Pagefind and create the index (a loaded machine takes seconds).</summary>
    public static readonly TimeSpan DefaultStartTimeout = TimeSpan.FromSeconds(120);

    /// <summary>
    /// How long Pagefind may take, once the last page is sent, to index the pages and write the bundle: generous,
    /// since a thousand posts on a busy machine take tens of seconds, but bounded, so a hung Pagefind fails the build.
    /// </summary>
    public static readonly TimeSpan DefaultWriteTimeout = TimeSpan.FromMinutes(10);

    private readonly string _nodePath;
    private readonly string _script;
    private readonly string _bundleFolder;
    private readonly string? _modules;
    private readonly SearchIndexCache _cache;
    private readonly IReadOnlyList<string> _batchNames;
    private readonly TaskCompletionSource<IReadOnlyList<IndexedPage>>[] _batches;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<string> _keys = [];
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly Task _pump;
    private WorkerHost? _node;
    private int _pages;

    /// <param name="siteRoot">Where <c>node_modules/pagefind</c> and <c>.cache/search</c> are looked for.</param>
    /// <param name="nodePath">The Node.js executable (statiq.json <c>math.node</c>).</param>
    /// <param name="batchNames">The batches, in the order their pages are added to the index.</param>
    /// <param name="bundleFolder">Where the bundle is written (in a build, inside the staging folder).</param>
    /// <param name="script">The worker script (default <see cref="SearchIndexer.Script"/>; tests give a stand-in).</param>
    public SearchIndexSession(string siteRoot, string nodePath, IReadOnlyList<string> batchNames, string bundleFolder, string? script = null)
    {
        _nodePath = nodePath;
        _script = script ?? SearchIndexer.Script;
        _bundleFolder = bundleFolder;
        _modules = NodeModules.Find(siteRoot, "pagefind");
        _cache = SearchIndexCache.For(siteRoot);
        _batchNames = batchNames;
        _batches = batchNames.Select(_ => new TaskCompletionSource<IReadOnlyList<IndexedPage>>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        _pump = Task.Run(PumpAsync);
    }

    /// <summary>How long Node may take to answer that it is ready (default <see cref="DefaultStartTimeout"/>).</summary>
    public TimeSpan StartTimeout { get; init; } = DefaultStartTimeout;

    /// <summary>How long Pagefind may take to write the bundle after the last page (default <see cref="DefaultWriteTimeout"/>).</summary>
    public TimeSpan WriteTimeout { get; init; } = DefaultWriteTimeout;

    /// <summary>Hands over the pages of one batch, in index order; each batch once.</summary>
    /// <exception cref="ArgumentException"><paramref name="batch"/> was not named at the start.</exception>
    public void Deliver(string batch, IReadOnlyList<IndexedPage> pages)
    {
        var i = IndexOf(batch);
        if (!_batches[i].TrySetResult(pages)) throw new InvalidOperationException($"Search batch '{batch}' was delivered twice.");
    }

    /// <summary>
    /// Waits until Pagefind has written the bundle into the bundle folder (or restores the stored one
    /// when nothing changed). Every batch must have been delivered.
    /// </summary>
    /// <exception cref="DiagnosticException">Pagefind or Node is missing, Pagefind failed (the message is Pagefind's), or its worker died or ran out of time (with what it wrote to stderr).</exception>
    public async Task<SearchIndexResult> FinishAsync(CancellationToken cancellationToken)
    {
        var missing = _batchNames.Where((_, i) => !_batches[i].Task.IsCompleted).ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"Search batches never delivered: {string.Join(", ", missing)}.");
        try
        {
            await _pump.WaitAsync(cancellationToken);
            if (_node is null && _cache.TryRestore(_keys[^1], _bundleFolder))
                return new SearchIndexResult(_pages, FolderSize(_bundleFolder), _watch.Elapsed) { Reused = true };
            if (_node is null)
            {
                // The stored bundle matched every batch but could not be copied: index after all.
                await StartAsync(cancellationToken);
                foreach (var batch in _batches) await SendAsync(batch.Task.Result, cancellationToken);
                await _node!.SendAsync(new SearchWriteLine(_bundleFolder), SearchIndexJson.Options, cancellationToken);
            }
            var written = await _node!.ReceiveAsync<SearchAnswer>(WriteTimeout, SearchIndexJson.Options, cancellationToken);
            if (written.Error is { } error) throw Failed(error);
            _cache.Store(_keys, _bundleFolder);
            return new SearchIndexResult(written.Pages, FolderSize(_bundleFolder), _watch.Elapsed);
        }
        catch (WorkerException e) when (e is not WorkerStartException)
        {
            throw Failed(e.Message + (LastLines(e.Stderr) is { Length: > 0 } said ? "\n" + said : ""));
        }
    }

    /// <summary>Hashes each batch as it comes, in order, and sends it to Pagefind once Pagefind is needed.</summary>
    private async Task PumpAsync()
    {
        if (_modules is null) throw Failure(
            "The npm package 'pagefind' is not installed, so the search index cannot be built.",
            "Run 'npm ci' in the folder holding package.json, or turn search off with \"search\": false in statiq.json.");
        var key = new SearchIndexKey(Path.Combine(_modules, "pagefind", "package.json"), _script, SearchIndexer.ExcludeSelectors);
        if (!_cache.HasBundle) await StartAsync(_stop.Token);
        for (var i = 0; i < _batches.Length; i++)
        {
            var pages = await _batches[i].Task.WaitAsync(_stop.Token);
            foreach (var page in pages) key.Add(page.Url, page.Html.Span);
            _keys.Add(key.Current);
            _pages += pages.Count;
            if (_node is null && _cache.StoredKeyAfter(i) != _keys[i])
            {
                await StartAsync(_stop.Token);
                for (var j = 0; j < i; j++) await SendAsync(_batches[j].Task.Result, _stop.Token);
            }
            if (_node is not null) await SendAsync(pages, _stop.Token);
        }
        // Every page is in: Pagefind writes now, beside whatever the build still does.
        if (_node is not null) await _node.SendAsync(new SearchWriteLine(_bundleFolder), SearchIndexJson.Options, _stop.Token);
    }

    /// <summary>Starts the worker and waits until Pagefind has made an empty index.</summary>
    private async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            _node = WorkerHost.Start(new WorkerStart("The search indexer (Pagefind in Node)", _nodePath, [_script]));
        }
        catch (WorkerStartException e)
        {
            throw Failure($"Node.js ('{_nodePath}') could not be started for the search index: {e.Message}",
                "Install Node.js, set \"math\": { \"node\": \"/path/to/node\" } in statiq.json, or turn search off with \"search\": false.");
        }
        var start = new SearchStartLine(Path.Combine(_modules!, "pagefind", "lib", "index.js"), SearchIndexer.ExcludeSelectors);
        var ready = await _node.RequestAsync<SearchStartLine, SearchAnswer>(start, StartTimeout, SearchIndexJson.Options, cancellationToken);
        if (ready.Error is { } error) throw Failed(error);
        if (!ready.Ready) throw Failed("the search indexer answered without saying it was ready.");
    }

    private async Task SendAsync(IReadOnlyList<IndexedPage> pages, CancellationToken cancellationToken)
    {
        foreach (var page in pages) await _node!.SendAsync(new SearchPageLine(page.Url, page.Html), SearchIndexJson.Options, cancellationToken);
    }

    private int IndexOf(string batch)
    {
        for (var i = 0; i < _batchNames.Count; i++) if (_batchNames[i] == batch) return i;
        throw new ArgumentException($"'{batch}' is not a search batch of this session.", nameof(batch));
    }

    /// <summary>Ends the worker (its process tree and everything with its marker, Pagefind's own process included), then the pump.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        // The worker first: a pump blocked writing to a full pipe then fails at once instead of waiting for Pagefind.
        var first = _node;
        if (first is not null) await first.DisposeAsync();
        try { await _pump; } catch (Exception) { /* reported by FinishAsync, or the build failed before it */ }
        if (_node is { } later && later != first) await later.DisposeAsync(); // started while the pump stopped
        _stop.Dispose();
    }

    private static long FolderSize(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;

    private static string LastLines(string text)
    {
        var lines = text.Trim().Split('\n');
        return lines.Length <= 8 ? text.Trim() : string.Join('\n', lines[^8..]);
    }

    private static DiagnosticException Failed(string why) =>
        Failure("Pagefind could not build the search index: " + why,
            "Fix the page named in the message, or turn search off with \"search\": false in statiq.json.");

    internal static DiagnosticException Failure(string message, string? hint) =>
        new(Diagnostic.Error("(search)", 0, 0, message, hint));
}
