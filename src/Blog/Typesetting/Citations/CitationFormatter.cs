using Blog.Diagnostics;

namespace Blog.Typesetting.Citations;

/// <summary>
/// Formats a page's citations: from the cache, else with the citation worker (started on the first
/// page that is not cached, so a warm build starts no Node process).
/// </summary>
public sealed class CitationFormatter(string siteRoot, string nodePath, bool useCache) : IAsyncDisposable
{
    private readonly CitationCache _cache = new(Path.Combine(siteRoot, ".cache", "citations"), useCache);
    private readonly Lazy<CiteWorker> _worker = new(() => new CiteWorker(nodePath, FindModules(siteRoot), TimeSpan.FromSeconds(120)));

    /// <summary>Citation worker processes started in this build.</summary>
    public int WorkersStarted => _worker.IsValueCreated ? _worker.Value.Started : 0;

    public async Task<(FormattedCitations? Result, IReadOnlyList<EntryError> Errors)> FormatAsync(CiteRequest request, CancellationToken ct)
    {
        var key = CitationCache.Key(request);
        if (_cache.Get(key) is { } cached && cached.Citations.Count == request.Citations.Count) return (cached, []);
        var (result, errors) = await _worker.Value.FormatAsync(request, ct);
        if (result is not null) _cache.Put(key, result);
        return (result, errors);
    }

    private static string FindModules(string siteRoot) =>
        Blog.Typesetting.NodeModules.Find(siteRoot, "citeproc") ?? throw new DiagnosticException(Diagnostic.Error("package.json", 0, 0,
            "citeproc-js is not installed (node_modules/citeproc not found), so citations cannot be formatted.",
            "Run 'npm ci' in the repository (building with 'dotnet build' runs it)."));

    public async ValueTask DisposeAsync()
    {
        if (_worker.IsValueCreated) await _worker.Value.DisposeAsync();
    }
}
