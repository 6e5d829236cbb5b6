using Blog.Pipelines;

namespace Blog.Preview;

/// <summary>
/// The preview, assembled: build once, serve, then rebuild on every batch of changes until
/// stopped. Used by the <c>preview</c> command, the tests and the benchmark.
/// </summary>
public sealed class PreviewHost : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly SiteWatcher _watcher;
    private readonly PreviewServer _server;
    private readonly Task _loop;
    private readonly TextWriter _log;

    private PreviewHost(PreviewSession session, LiveReload live, SiteWatcher watcher, PreviewServer server, TextWriter log)
    {
        (Session, Live, _watcher, _server, _log) = (session, live, watcher, server, log);
        _loop = Task.Run(WatchAsync);
    }

    /// <summary>How long a failed build waits for more changes before its errors are shown.</summary>
    private static readonly TimeSpan SettleTime = TimeSpan.FromMilliseconds(150);

    public PreviewSession Session { get; }
    public LiveReload Live { get; }
    public Uri Address => _server.Address;

    /// <summary>The address of the site's home page, under its base path.</summary>
    public Uri Home => new(Address, Session.BasePath);

    public static async Task<PreviewHost> StartAsync(PreviewOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        var build = options.Build with { Preview = true };
        var generations = new Generations(options.StateFolder, $"process {Environment.ProcessId}, port {options.Port}");
        var live = new LiveReload();
        var search = new PreviewSearch(generations.Root, build.SiteRoot, log);
        var session = new PreviewSession(build, generations, live, log) { BuildTimeout = options.BuildTimeout, Verbose = options.Verbose, Search = search };
        // Watch before the first build, so that a save during it is not lost.
        var watcher = new SiteWatcher(build.SettingsFile, build.InputFolder, build.ThemeFolder) { Quiet = options.Debounce };
        try
        {
            var first = await session.RebuildAsync(new HashSet<string>(), cancellationToken);
            log.WriteLine(first.Success
                ? $"Built {first.PagesWritten} pages in {first.Elapsed.TotalSeconds:0.00} s."
                : "The first build failed; the server starts anyway and shows the errors in the browser.");
            var server = await PreviewServer.StartAsync(options.Host, options.Port, new SiteFiles(generations) { Search = search }, live,
                () => session.BasePath, cancellationToken);
            return new PreviewHost(session, live, watcher, server, log);
        }
        catch
        {
            watcher.Dispose();
            await search.DisposeAsync();
            generations.DeleteAll();
            throw;
        }
    }

    private async Task WatchAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var changes = await _watcher.NextBatchAsync(_stop.Token);
                await Session.RebuildAsync(changes, _stop.Token, () => _watcher.MoreWithinAsync(SettleTime, _stop.Token));
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested) { return; }
            catch (System.Threading.Channels.ChannelClosedException) { return; }
            catch (Exception e)
            {
                // The session reports build failures itself; this is the last net so watching goes on.
                _log.WriteLine($"preview: {e.GetType().Name}: {e.Message}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested) return;
        _stop.Cancel();
        _watcher.Dispose();
        await _server.DisposeAsync();
        try { await _loop.WaitAsync(TimeSpan.FromSeconds(5)); } catch (TimeoutException) { }
        if (Session.Search is { } search) await search.DisposeAsync();
        Session.Generations.DeleteAll();
    }
}
