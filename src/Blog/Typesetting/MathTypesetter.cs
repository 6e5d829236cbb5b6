using Blog.Content;
using Blog.Diagnostics;

namespace Blog.Typesetting;

/// <summary>
/// Build-time typesetting for one build: the cache first, then the worker pool. Nothing is resolved
/// or started until the first page asks, so client mode needs no Node and a warm build starts no worker.
/// </summary>
public sealed class MathTypesetter : IAsyncDisposable
{
    /// <summary>Fonts are referenced relative to the stylesheet (assets/mathjax/mathjax.css), so any base path works.</summary>
    public const string FontUrl = "fonts/mathjax-newcm-font/chtml/woff2";

    private readonly Lazy<(TypesetCache Cache, MathWorkerPool Pool)> _setup;

    public MathTypesetter(string siteRoot, SiteSettings settings, MathWorkerOptions? options = null)
    {
        options ??= new MathWorkerOptions { NodePath = settings.Math.Node, FormulaTimeout = TimeSpan.FromSeconds(settings.Math.FormulaTimeout) };
        Workers = options.Workers;
        _setup = new(() =>
        {
            var modules = NodeModules.Find(siteRoot, "@mathjax/src") ?? throw new DiagnosticException(Diagnostic.Error("package.json", 0, 0,
                "MathJax for Node is not installed (node_modules/@mathjax/src not found), so math cannot be typeset at build time.",
                "Run 'npm ci' in the repository (building with 'dotnet build' runs it), or set \"math\": {\"render\": \"client\"} in statiq.json."));
            var config = WorkerConfig.For(modules, settings);
            var cache = new TypesetCache(Path.Combine(siteRoot, ".cache", "mathjax"), TypesetCache.Stamp(modules, options.ScriptPath, config));
            return (cache, new MathWorkerPool(options, config));
        });
    }

    public int Workers { get; }
    public int WorkersStarted => _setup.IsValueCreated ? _setup.Value.Pool.WorkersStarted : 0;
    public int PagesTypeset => _setup.IsValueCreated ? _setup.Value.Pool.PagesTypeset : 0;
    public MathWorkerPool Pool => _setup.Value.Pool;

    /// <returns>The page's math and the key its stylesheet is kept under (for <see cref="Stylesheet"/>).</returns>
    public async Task<(TypesetPage Page, string Key)> TypesetAsync(IReadOnlyList<Formula> math, CancellationToken ct)
    {
        var (cache, pool) = _setup.Value;
        var key = cache.Key(math);
        if (cache.Get(key) is { } cached && cached.Html.Count == math.Count) return (cached, key);
        var page = await pool.TypesetAsync(math, ct);
        cache.Put(key, page);
        return (page, key);
    }

    /// <summary>One stylesheet for the pages typeset under these keys (see <see cref="TypesetCache.Stylesheet"/>).</summary>
    public string Stylesheet(IReadOnlyList<string> keys) => _setup.Value.Cache.Stylesheet(keys);

    public async ValueTask DisposeAsync()
    {
        if (_setup.IsValueCreated) await _setup.Value.Pool.DisposeAsync();
    }
}
