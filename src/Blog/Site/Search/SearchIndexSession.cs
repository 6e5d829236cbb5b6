using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Blog.Diagnostics;
using Blog.Typesetting;

namespace Blog.Site.Search;

/// <summary>One page handed to the search index: its site path and its finished UTF-8 HTML.</summary>
public sealed record IndexedPage(string Url, ReadOnlyMemory<byte> Html);

/// <summary>
/// One Pagefind index made beside the build: pages arrive in batches (one per pipeline, as each
/// pipeline's pages are final) and go to Pagefind (pagefind-index.mjs over its Node API) at once,
/// and Pagefind writes the bundle as soon as the last batch is in, while the build's other
/// pipelines still run; <see cref="FinishAsync"/> waits for it. Pagefind's output depends
/// on the order pages are added, so batches are sent in the order named at the start, whatever order
/// they arrive in, and a batch keeps its pages' order: the same site always gives the same bundle.
/// <para>
/// The last bundle is kept in <see cref="SearchIndexCache"/>. Node is started at once when there is
/// none; otherwise only when a batch's running key differs from the stored bundle's, so a rebuild with
/// unchanged pages starts no Node and copies the stored bundle.
/// </para>
/// Failures (no Pagefind, no Node, a page Pagefind rejects) are reported by <see cref="FinishAsync"/>
/// as a <see cref="DiagnosticException"/> naming the page; disposing stops Node if it still runs.
/// </summary>
public sealed class SearchIndexSession : IAsyncDisposable
{
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly string _nodePath;
    private readonly string _bundleFolder;
    private readonly string? _modules;
    private readonly SearchIndexCache _cache;
    private readonly IReadOnlyList<string> _batchNames;
    private readonly TaskCompletionSource<IReadOnlyList<IndexedPage>>[] _batches;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<string> _keys = [];
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly Task _pump;
    private Process? _node;
    private Task<string>? _stdout, _stderr;
    private bool _broken; // Node stopped reading: its stderr says why
    private int _pages;

    /// <param name="siteRoot">Where <c>node_modules/pagefind</c> and <c>.cache/search</c> are looked for.</param>
    /// <param name="nodePath">The Node.js executable (statiq.json <c>math.node</c>).</param>
    /// <param name="batchNames">The batches, in the order their pages are added to the index.</param>
    /// <param name="bundleFolder">Where the bundle is written (in a build, inside the staging folder).</param>
    public SearchIndexSession(string siteRoot, string nodePath, IReadOnlyList<string> batchNames, string bundleFolder)
    {
        _nodePath = nodePath;
        _bundleFolder = bundleFolder;
        _modules = NodeModules.Find(siteRoot, "pagefind");
        _cache = SearchIndexCache.For(siteRoot);
        _batchNames = batchNames;
        _batches = batchNames.Select(_ => new TaskCompletionSource<IReadOnlyList<IndexedPage>>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        _pump = Task.Run(PumpAsync);
    }

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
    /// <exception cref="DiagnosticException">Pagefind or Node is missing, or Pagefind failed; the message is Pagefind's.</exception>
    public async Task<SearchIndexResult> FinishAsync(CancellationToken cancellationToken)
    {
        var missing = _batchNames.Where((_, i) => !_batches[i].Task.IsCompleted).ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"Search batches never delivered: {string.Join(", ", missing)}.");
        await _pump.WaitAsync(cancellationToken);
        if (_node is null && _cache.TryRestore(_keys[^1], _bundleFolder))
            return new SearchIndexResult(_pages, FolderSize(_bundleFolder), _watch.Elapsed) { Reused = true };
        if (_node is null)
        {
            // The stored bundle matched every batch but could not be copied: index after all.
            await StartAsync(cancellationToken);
            foreach (var batch in _batches) await SendAsync(batch.Task.Result, cancellationToken);
            await RequestWriteAsync(cancellationToken);
        }
        var node = _node!;
        using var kill = cancellationToken.Register(() => Kill(node));
        await node.WaitForExitAsync(cancellationToken);
        var (output, errors) = (await _stdout!, await _stderr!);
        if (node.ExitCode != 0 || _broken)
            throw Failure("Pagefind could not build the search index: " + LastLines(errors, output),
                "Fix the page named in the message, or turn search off with \"search\": false in statiq.json.");
        using var json = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        _cache.Store(_keys, _bundleFolder);
        return new SearchIndexResult(json.RootElement.GetProperty("pages").GetInt32(), FolderSize(_bundleFolder), _watch.Elapsed);
    }

    /// <summary>Hashes each batch as it comes, in order, and sends it to Pagefind once Pagefind is needed.</summary>
    private async Task PumpAsync()
    {
        if (_modules is null) throw Failure(
            "The npm package 'pagefind' is not installed, so the search index cannot be built.",
            "Run 'npm ci' in the folder holding package.json, or turn search off with \"search\": false in statiq.json.");
        var key = new SearchIndexKey(Path.Combine(_modules, "pagefind", "package.json"), SearchIndexer.Script, SearchIndexer.ExcludeSelectors);
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
        if (_node is not null) await RequestWriteAsync(_stop.Token);
    }

    private async Task RequestWriteAsync(CancellationToken cancellationToken)
    {
        await WriteLineAsync(w => w.WriteString("write", _bundleFolder), cancellationToken);
        try { _node!.StandardInput.Close(); }
        catch (IOException) { _broken = true; }
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(_nodePath)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false), StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(SearchIndexer.Script);
        // Found and ended with its build however the build ends (Workers/ProcessMarker).
        info.Environment[Blog.Workers.ProcessMarker.Variable] = _marker;
        try
        {
            _node = Process.Start(info) ?? throw Failure($"Could not start '{_nodePath}'.", null);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw Failure($"Node.js ('{_nodePath}') could not be started for the search index: {e.Message}",
                "Install Node.js, set \"math\": { \"node\": \"/path/to/node\" } in statiq.json, or turn search off with \"search\": false.");
        }
        _stdout = _node.StandardOutput.ReadToEndAsync(CancellationToken.None);
        _stderr = _node.StandardError.ReadToEndAsync(CancellationToken.None);
        await WriteLineAsync(w =>
        {
            w.WriteString("pagefind", Path.Combine(_modules!, "pagefind", "lib", "index.js"));
            w.WriteStartArray("excludeSelectors");
            foreach (var selector in SearchIndexer.ExcludeSelectors) w.WriteStringValue(selector);
            w.WriteEndArray();
        }, cancellationToken);
    }

    private async Task SendAsync(IReadOnlyList<IndexedPage> pages, CancellationToken cancellationToken)
    {
        foreach (var page in pages)
        {
            if (_broken) return;
            await WriteLineAsync(w =>
            {
                w.WriteString("url", page.Url);
                w.WriteString("content", page.Html.Span);
            }, cancellationToken);
        }
    }

    /// <summary>Writes one JSON object as one line to Node; a Node that has exited marks the session broken.</summary>
    private async Task WriteLineAsync(Action<Utf8JsonWriter> body, CancellationToken cancellationToken)
    {
        if (_broken) return;
        var stream = _node!.StandardInput.BaseStream;
        try
        {
            using (var writer = new Utf8JsonWriter(stream, Json))
            {
                writer.WriteStartObject();
                body(writer);
                writer.WriteEndObject();
                await writer.FlushAsync(cancellationToken);
            }
            stream.WriteByte((byte)'\n');
            await stream.FlushAsync(cancellationToken);
        }
        catch (IOException)
        {
            _broken = true;
        }
    }

    private int IndexOf(string batch)
    {
        for (var i = 0; i < _batchNames.Count; i++) if (_batchNames[i] == batch) return i;
        throw new ArgumentException($"'{batch}' is not a search batch of this session.", nameof(batch));
    }

    private readonly string _marker = Blog.Workers.ProcessMarker.NewWorker();

    private void Kill(Process process)
    {
        try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        Blog.Workers.ProcessMarker.KillAll(_marker);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        // Node first: a pump blocked writing to a full pipe then fails at once instead of waiting for Pagefind.
        if (_node is { HasExited: false } running) Kill(running);
        try { await _pump; } catch (Exception) { /* reported by FinishAsync, or the build failed before it */ }
        if (_node is { } node)
        {
            if (!node.HasExited) Kill(node);
            node.Dispose();
        }
        Blog.Workers.ProcessMarker.KillAll(_marker); // Pagefind's own process, should Node have left it
        _stop.Dispose();
    }

    private static long FolderSize(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;

    private static string LastLines(string errors, string output)
    {
        var text = (errors.Trim().Length > 0 ? errors : output).Trim();
        var lines = text.Split('\n');
        return lines.Length <= 8 ? text : string.Join('\n', lines[^8..]);
    }

    internal static DiagnosticException Failure(string message, string? hint) =>
        new(Diagnostic.Error("(search)", 0, 0, message, hint));
}
