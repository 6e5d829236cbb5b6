using Blog.Content;
using Blog.Diagnostics;
using Blog.Pipelines;
using Blog.Site;

namespace Blog.Preview;

/// <summary>
/// The build side of the preview: one build at a time into a new <see cref="Generation"/>, with the
/// caches kept between builds, and the outcome told to the open pages. A failed build, or a build
/// that throws, is reported and leaves the last good generation in place. So does a content folder
/// (<c>input/</c>, <c>input/posts/</c>) that the last good build had and that is now gone: a deleted
/// folder is an error, not an empty site.
/// </summary>
public sealed class PreviewSession(BuildOptions options, Generations generations, LiveReload live, TextWriter log)
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly BuildCaches _caches = new();
    private IReadOnlyList<string> _foldersOfLastGoodBuild = [];

    public BuildOptions Options => options;

    public Generations Generations => generations;

    /// <summary>The path the site is served under, "/" or "/repo/" (from the base URL of the last good build).</summary>
    public string BasePath { get; private set; } = "/";

    /// <summary>How many builds ran, the first included.</summary>
    public int Builds => _builds;
    private int _builds;

    /// <summary>The last build's result.</summary>
    public BuildResult? Last { get; private set; }

    /// <summary>Print the time of each pipeline phase after a rebuild.</summary>
    public bool Verbose { get; init; }

    /// <summary>The search index, made again in the background after each good build that changed something.</summary>
    public PreviewSearch? Search { get; init; }

    /// <summary>How long a build may take before it is abandoned and reported (a hung compute block, say).</summary>
    public TimeSpan BuildTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Until a build has succeeded, a build may take this many times <see cref="BuildTimeout"/>: it
    /// starts with no caches in memory, so on a large site it parses, computes and typesets every
    /// post (a 1000-post site with build-time math took 75–120 s on a loaded 2-core machine), while
    /// a rebuild redoes only what changed.
    /// </summary>
    public const int FirstBuildFactor = 5;

    /// <summary>Rebuilds after the given changes (absolute paths; empty for a first build) and notifies the pages.</summary>
    /// <param name="stillChanging">
    /// Asked after a failed build: true when more changes arrived meanwhile. A file read half-written
    /// (an editor truncates, then writes) fails the build; the next batch has the whole file, so
    /// that failure is not shown.
    /// </param>
    public async Task<BuildResult> RebuildAsync(IReadOnlySet<string> changed, CancellationToken cancellationToken,
        Func<Task<bool>>? stillChanging = null)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var before = generations.Current;
            if (_foldersOfLastGoodBuild.FirstOrDefault(f => !Directory.Exists(f)) is { } gone)
            {
                Last = Failure(gone, $"{Path.GetFileName(gone)}/ is gone (deleted, moved or renamed); the last good build is still served.",
                    "Put the folder back (git checkout, undo); the preview rebuilds when it reappears.", System.Diagnostics.Stopwatch.StartNew());
                Report(Last, before);
                return Last;
            }
            _caches.Invalidate(changed, options);
            var build = generations.Begin();
            var result = await BuildAsync(build, cancellationToken);
            Last = result;
            Interlocked.Increment(ref _builds);
            if (!result.Success && stillChanging is not null && await stillChanging())
            {
                log.WriteLine($"Rebuild failed while files were still changing ({result.Errors} error(s)); building again.");
                return result;
            }
            if (result.Success) _foldersOfLastGoodBuild = ContentFolders().Where(Directory.Exists).ToList();
            Report(result, before);
            return result;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<BuildResult> BuildAsync(GenerationBuild build, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var limit = generations.Current is null ? BuildTimeout * FirstBuildFactor : BuildTimeout;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            return await SiteBuilder.BuildAsync(options, timeout.Token, build, [build, .. _caches.Services])
                // A build that ignores the cancellation (stuck in a system call) is left behind.
                .WaitAsync(limit * 1.5, cancellationToken);
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            build.Discard();
            return Failure($"The build took longer than {limit.TotalSeconds:0} s and was abandoned.",
                "A compute block may be stuck in a loop; the last good build is still served.", started);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug or an I/O error must not stop the server: report it like a user error, keep serving.
            build.Discard();
            _caches.Clear();
            return Failure($"The build failed unexpectedly: {e.GetType().Name}: {e.Message}",
                "The last good build is still served; save a file to try again.", started);
        }
    }

    private static BuildResult Failure(string message, string hint, System.Diagnostics.Stopwatch started) => Failure("(build)", message, hint, started);

    private static BuildResult Failure(string file, string message, string hint, System.Diagnostics.Stopwatch started) =>
        new(false, [Diagnostic.Error(file, 0, 0, message, hint)], 0, started.Elapsed);

    /// <summary>The folders whose disappearance is a mistake rather than an edit: the content folder and its posts.</summary>
    private IEnumerable<string> ContentFolders() => [options.InputFolder, Path.Combine(options.InputFolder, "posts")];

    private void Report(BuildResult result, Generation? before)
    {
        var ms = result.Elapsed.TotalMilliseconds;
        if (!result.Success)
        {
            foreach (var d in result.Diagnostics) log.WriteLine(d);
            log.WriteLine($"Rebuild failed ({result.Errors} error(s), {ms:0} ms); still serving the last good build.");
            live.Failed(result.Diagnostics.Where(d => d.Severity == Severity.Error));
            return;
        }
        foreach (var d in result.Diagnostics) log.WriteLine(d);
        foreach (var post in result.Scheduled) log.WriteLine(post);
        var current = generations.Current!;
        ReadBasePath();
        if (before is null || !ReferenceEquals(current, before) && current.Changed.Count > 0) Search?.Refresh(current, result.Search);
        if (before is null) { live.Reload(null); return; } // the first good build: the host reports it
        if (ReferenceEquals(current, before) || current.Changed.Count == 0)
        {
            log.WriteLine($"Rebuilt in {ms:0} ms: nothing changed.");
            live.Ok();
            return;
        }
        var urls = current.Changed.Select(d => RequestPaths.UrlOf(d, BasePath)).ToList();
        log.WriteLine($"Rebuilt in {ms:0} ms: {current.Changed.Count} file(s) changed.");
        if (Verbose) log.WriteLine("  " + string.Join(", ", result.Timings.Where(t => t.Value.TotalMilliseconds >= 1)
            .OrderByDescending(t => t.Value).Select(t => $"{t.Key} {t.Value.TotalMilliseconds:0} ms")) +
            $"; documents cached {_caches.Documents.Hits}/{_caches.Documents.Hits + _caches.Documents.Misses}, pages {_caches.Pages.Hits}/{_caches.Pages.Hits + _caches.Pages.Misses}");
        // Stylesheets are swapped in place on every page; pages reload only if they changed; any
        // other file (a script, an image) may be used anywhere, so everything reloads.
        var stylesheets = urls.Where(u => u.EndsWith(".css", StringComparison.OrdinalIgnoreCase)).ToList();
        var others = urls.Except(stylesheets).ToList();
        if (stylesheets.Count > 0) live.SwapCss(stylesheets);
        if (others.Count == 0) return;
        live.Reload(others.All(u => u.EndsWith('/') || u.EndsWith(".html") || u.EndsWith(".xml") || u.EndsWith(".txt")) ? others : null);
    }

    private void ReadBasePath()
    {
        try { BasePath = new Urls(options.LoadSettings().BaseUrl).BasePath; }
        catch (DiagnosticException) { /* the build reported it */ }
    }
}
