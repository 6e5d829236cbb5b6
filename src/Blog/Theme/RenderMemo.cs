using System.Collections.Concurrent;

namespace Blog.Theme;

/// <summary>
/// Remembers each rendered page between builds (a service of the preview server): a page whose
/// model, site model and templates are the same as last time gets last time's HTML without running
/// Scriban. So an edited post re-renders itself and the list pages that show what changed, and a
/// template change re-renders the pages whose layout reads that template.
/// </summary>
public sealed class RenderMemo
{
    private ConcurrentDictionary<string, Entry> _current = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, Entry> _previous = new(StringComparer.Ordinal);
    private ConcurrentDictionary<IReadOnlySet<string>, ModelEquality> _equality = new(ReferenceEqualityComparer.Instance);
    private int _hits, _misses;

    private sealed record Entry(string Templates, object Site, object Page, string Html);

    public int Hits => _hits;
    public int Misses => _misses;

    /// <summary>Called before each build: pages the last build did not render are forgotten.</summary>
    public void BeginBuild()
    {
        _previous = _current;
        _current = new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal);
        _equality = new(ReferenceEqualityComparer.Instance);
        _hits = _misses = 0;
    }

    public void Clear()
    {
        _previous.Clear();
        _current.Clear();
    }

    /// <param name="templates">The version of the files the layout reads (<see cref="ThemeTemplates.DependenciesOf"/>).</param>
    /// <param name="words">Every word in those files: only model members named there are compared.</param>
    public bool TryGet(string layout, string templates, IReadOnlySet<string> words, object site, object page, out string html)
    {
        html = "";
        if (Key(layout, page) is not { } key) return false;
        var equality = _equality.GetOrAdd(words, w => new ModelEquality(w));
        if ((_current.TryGetValue(key, out var e) || _previous.TryGetValue(key, out e))
            && e.Templates == templates && equality.Same(e.Site, site) && equality.Same(e.Page, page))
        {
            _current[key] = e with { Site = site, Page = page };
            html = e.Html;
            Interlocked.Increment(ref _hits);
            return true;
        }
        Interlocked.Increment(ref _misses);
        return false;
    }

    public void Set(string layout, string templates, object site, object page, string html)
    {
        if (Key(layout, page) is { } key) _current[key] = new Entry(templates, site, page, html);
    }

    /// <summary>A page is known by its layout and URL; a model without a URL is not remembered.</summary>
    private static string? Key(string layout, object page) => page switch
    {
        PostModel p => layout + "\n" + p.Url,
        ListModel l => layout + "\n" + l.Url + "\n" + l.Kind,
        _ => null,
    };
}
