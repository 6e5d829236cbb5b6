using System.Collections.Concurrent;
using Blog.Diagnostics;

namespace Blog.Typesetting;

/// <summary>
/// Build-time typesetting for one build (or one preview session): identical formulas are typeset once,
/// site-wide. A page's formulas split in two (<see cref="FormulaContext"/>): the numbered ones (and all
/// of a page that defines macros) are typeset together as one MathJax document, as the browser would,
/// so numbers, \label and \eqref stay right per page; every other formula is typeset once and shared
/// by all pages through memory (also while it is being typeset) and the disk cache. A page's new formulas
/// go to a worker in one request. Nothing is resolved or started until the first page asks, so client
/// mode needs no Node and a warm build starts no worker.
/// </summary>
public sealed class MathTypesetter : IAsyncDisposable
{
    /// <summary>Fonts are referenced relative to the stylesheet (assets/mathjax/mathjax.css), so any base path works.</summary>
    public const string FontUrl = "fonts/mathjax-newcm-font/chtml/woff2";

    private readonly Lazy<(TypesetCache Cache, MathWorkerPool Pool)> _setup;
    private readonly ConcurrentDictionary<string, Task<FormulaResult>> _formulas = new();
    private readonly ConcurrentDictionary<string, Task<TypesetPage>> _groups = new();
    private int _total, _hits;

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
    /// <summary>Requests a worker answered (a page's numbered formulas, or a page's new shared ones).</summary>
    public int PagesTypeset => _setup.IsValueCreated ? _setup.Value.Pool.PagesTypeset : 0;
    /// <summary>Formulas a worker typeset (cache misses).</summary>
    public int FormulasTypeset => _setup.IsValueCreated ? _setup.Value.Pool.FormulasTypeset : 0;
    /// <summary>Formulas the pages asked for, each occurrence counted.</summary>
    public int FormulasTotal => _total;
    /// <summary>Formulas served without a worker: from memory (another page had it) or the disk cache.</summary>
    public int CacheHits => _hits;
    /// <summary>Time MathJax itself spent, as the workers measured it.</summary>
    public TimeSpan MathJaxTime => _setup.IsValueCreated ? _setup.Value.Pool.MathJaxTime : TimeSpan.Zero;
    public MathWorkerPool Pool => _setup.Value.Pool;

    /// <summary>The figures so far (see <see cref="MathCounts"/>).</summary>
    public MathCounts Counts => new(FormulasTotal, FormulasTypeset, CacheHits, PagesTypeset, WorkersStarted,
        _setup.IsValueCreated ? _setup.Value.Pool.TypesetCpu : TimeSpan.Zero);

    /// <summary>The page's math: CHTML and errors per formula, in order, and each formula's style usage.</summary>
    /// <exception cref="FormulaTimeoutException">With the index of the page's formula that ran out of time.</exception>
    public async Task<TypesetPage> TypesetAsync(IReadOnlyList<Formula> math, CancellationToken ct)
    {
        var (cache, pool) = _setup.Value;
        Interlocked.Add(ref _total, math.Count);
        var together = math.Any(f => FormulaContext.Defines(f.Text));
        var numbered = Enumerable.Range(0, math.Count).Where(i => together || FormulaContext.IsNumbered(math[i].Text)).ToList();
        var html = new string[math.Count];
        var usage = new StyleUsage[math.Count];
        var errors = new List<TexError>();

        if (numbered.Count > 0)
        {
            var group = numbered.Select(i => math[i]).ToList();
            TypesetPage page;
            try
            {
                page = await Together(group, cache, pool, ct);
            }
            catch (FormulaTimeoutException e)
            {
                throw new FormulaTimeoutException(numbered[e.Index], e.Limit, e.Log);
            }
            for (var j = 0; j < numbered.Count; j++)
            {
                html[numbered[j]] = page.Html[j];
                usage[numbered[j]] = page.Usage[j];
            }
            errors.AddRange(page.Errors.Select(e => e with { Index = numbered[e.Index] }));
        }

        var alone = Enumerable.Range(0, math.Count).Except(numbered).ToList();
        var tasks = alone.ToDictionary(i => i, i => Shared(math[i], cache));
        try
        {
            await TypesetMissingAsync(alone.Select(i => math[i]).Distinct().ToList(), cache, pool, ct);
            await Task.WhenAll(tasks.Values);
        }
        catch (FormulaTimeoutException e) when (e.Formula is { } culprit)
        {
            // Named at this page's formula; or, when the formula is another page's, said without a place here.
            var index = alone.FirstOrDefault(i => math[i] == culprit, -1);
            if (index < 0) throw new MathWorkerException("A formula shared with another page ran out of time (see that page's error).", e.Log);
            throw new FormulaTimeoutException(index, e.Limit, e.Log);
        }
        foreach (var i in alone)
        {
            var result = tasks[i].Result;
            html[i] = result.Html;
            usage[i] = result.Usage;
            errors.AddRange(result.Errors.Select(message => new TexError(i, message)));
        }
        return new TypesetPage(html, [.. errors.OrderBy(e => e.Index)], usage);
    }

    /// <summary>Formulas typeset as one document: from the disk cache, or shared with a page of this build that has the same ones.</summary>
    private Task<TypesetPage> Together(IReadOnlyList<Formula> group, TypesetCache cache, MathWorkerPool pool, CancellationToken ct)
    {
        var key = cache.Key(group);
        var mine = new TaskCompletionSource<TypesetPage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var task = _groups.GetOrAdd(key, mine.Task);
        if (task != mine.Task || cache.Get(key) is { } cached && cached.Html.Count == group.Count && cached.Usage.Count == group.Count && mine.TrySetResult(cached))
        {
            Interlocked.Add(ref _hits, group.Count);
            return task;
        }
        _ = TypesetGroupAsync(key, group, mine, cache, pool, ct);
        return task;
    }

    private async Task TypesetGroupAsync(string key, IReadOnlyList<Formula> group, TaskCompletionSource<TypesetPage> result, TypesetCache cache, MathWorkerPool pool, CancellationToken ct)
    {
        try
        {
            var page = await pool.TypesetAsync(group, ct);
            cache.Put(key, page);
            result.SetResult(page);
        }
        catch (Exception e)
        {
            _groups.TryRemove(key, out _); // a later build (the preview's next one) tries again
            result.SetException(e);
        }
    }

    /// <summary>The site's stylesheet: MathJax's sheet for the union of the pages' usage, in their order.</summary>
    public async Task<string> StylesheetAsync(StyleUsage usage, CancellationToken ct)
    {
        var (cache, pool) = _setup.Value;
        if (cache.Stylesheet(usage) is { } kept) return kept;
        var css = await pool.StylesheetAsync(usage, ct);
        cache.PutStylesheet(usage, css);
        return css;
    }

    // Claims of the formulas this page found first; typeset by TypesetMissingAsync.
    private readonly ConcurrentDictionary<string, (Formula Formula, TaskCompletionSource<FormulaResult> Result)> _claims = new();

    /// <summary>The formula's result, shared by every page: from memory, the disk cache, or (claimed by this caller) to be typeset.</summary>
    private Task<FormulaResult> Shared(Formula formula, TypesetCache cache)
    {
        var key = cache.FormulaKey(formula);
        var mine = new TaskCompletionSource<FormulaResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var task = _formulas.GetOrAdd(key, mine.Task);
        if (task != mine.Task)
        {
            Interlocked.Increment(ref _hits);
            return task;
        }
        if (cache.Get(key) is { Html.Count: 1, Usage.Count: 1 } cached)
        {
            Interlocked.Increment(ref _hits);
            mine.SetResult(new FormulaResult(cached.Html[0], [.. cached.Errors.Select(e => e.Message)], cached.Usage[0]));
        }
        else _claims[key] = (formula, mine);
        return task;
    }

    /// <summary>Sends the formulas this page claimed and found in no cache to a worker, in one request.</summary>
    private async Task TypesetMissingAsync(IReadOnlyList<Formula> formulas, TypesetCache cache, MathWorkerPool pool, CancellationToken ct)
    {
        var mine = formulas.Select(f => (Key: cache.FormulaKey(f), Formula: f))
            .Select(x => _claims.TryRemove(x.Key, out var claim) ? (x.Key, claim.Formula, claim.Result) : default)
            .Where(x => x.Result is not null).ToList();
        if (mine.Count == 0) return;
        try
        {
            var page = await pool.TypesetAsync([.. mine.Select(m => m.Formula)], ct);
            for (var j = 0; j < mine.Count; j++)
            {
                var errors = page.Errors.Where(e => e.Index == j).ToList();
                cache.Put(mine[j].Key, new TypesetPage([page.Html[j]], [.. errors.Select(e => e with { Index = 0 })], [page.Usage[j]]));
                mine[j].Result.SetResult(new FormulaResult(page.Html[j], [.. errors.Select(e => e.Message)], page.Usage[j]));
            }
        }
        catch (Exception e)
        {
            var error = e is FormulaTimeoutException t && t.Index < mine.Count
                ? new FormulaTimeoutException(0, t.Limit, t.Log) { Formula = mine[t.Index].Formula } : e;
            foreach (var (key, _, result) in mine)
            {
                _formulas.TryRemove(key, out _); // a later build (the preview's next one) tries again
                result.TrySetException(error);
            }
            if (error == e) throw;
            throw error;
        }
    }

    /// <summary>
    /// Writes what this build typeset to the disk cache (<see cref="TypesetCache.Save"/>): called by the build once
    /// its pipelines are done, so that a cache that cannot be written is a warning of this build; then again
    /// when disposed, which writes only what came after.
    /// </summary>
    public void SaveCache()
    {
        if (_setup.IsValueCreated) _setup.Value.Cache.Save();
    }

    public async ValueTask DisposeAsync()
    {
        SaveCache();
        if (_setup.IsValueCreated) await _setup.Value.Pool.DisposeAsync();
    }

    private sealed record FormulaResult(string Html, IReadOnlyList<string> Errors, StyleUsage Usage);
}
