using Blog.Pipelines;
using Blog.Site;
using Blog.Theme;
using Blog.Typesetting;

namespace Blog.Preview;

/// <summary>
/// What the preview keeps between builds so that a rebuild redoes only what a change touched:
/// parsed and rendered Markdown per source file (<see cref="DocumentCache"/>) and rendered pages
/// (<see cref="RenderMemo"/>). Both check their inputs themselves, so an edited post is found by
/// its content; only a change they cannot see clears them: statiq.json, or a file under input/
/// outside posts/, pages/ and assets/ (data a compute block may read).
/// </summary>
public sealed class BuildCaches
{
    private readonly DocumentCache _documents = new();
    private readonly RenderMemo _pages = new();
    private readonly FileReadCache _files = new();
    // Cached pages hold placeholders of typeset formulas (build mode): the table that names them lives as long.
    // It keeps the formulas of earlier versions of edited pages too (a few KB each), for the session.
    private readonly FormulaTable _formulas = new();

    public IEnumerable<object> Services => [_documents, _pages, _files, _formulas];

    public DocumentCache Documents => _documents;
    public RenderMemo Pages => _pages;

    /// <summary>Called before each build with the paths that changed.</summary>
    public void Invalidate(IReadOnlySet<string> changed, BuildOptions options)
    {
        if (changed.Any(path => !IsSeenByCaches(path, options))) Clear();
        _files.Forget(changed);
        _pages.BeginBuild();
        _documents.ResetCounters();
    }

    public void Clear()
    {
        _documents.Clear();
        _pages.Clear();
        _files.Clear();
    }

    private static bool IsSeenByCaches(string path, BuildOptions options)
    {
        if (path == SiteWatcher.Everything || path == Path.GetFullPath(options.SettingsFile)) return false;
        if (IsUnder(path, options.ThemeFolder)) return true;
        var input = options.InputFolder;
        return IsUnder(path, Path.Combine(input, "posts")) || IsUnder(path, Path.Combine(input, "pages"))
            || IsUnder(path, Path.Combine(input, "assets")) || Path.GetFullPath(path) == Path.GetFullPath(input);
    }

    private static bool IsUnder(string path, string folder) => PathContainment.IsSameOrInside(folder, path);
}
