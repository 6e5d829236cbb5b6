using Blog.Diagnostics;

namespace Blog.Site.Search;

/// <summary>
/// Runs Pagefind (npm package <c>pagefind</c>, extended build from <c>@pagefind/linux-x64</c>, which
/// segments Chinese at index time) over finished HTML pages through pagefind-index.mjs
/// (<see cref="SearchIndexSession"/>), and writes the index with Pagefind's scripts into one folder. What is indexed is decided by the theme's
/// <c>data-pagefind-*</c> attributes and by <see cref="ExcludeSelectors"/>.
/// </summary>
public static class SearchIndexer
{
    /// <summary>The script shipped next to the tool (copied to the output folder by Blog.csproj).</summary>
    public static string Script => Path.Combine(AppContext.BaseDirectory, "Site", "Search", "pagefind-index.mjs");

    /// <summary>
    /// MathJax's CHTML output and its hidden MathML (both inside <c>mjx-container</c>) are never indexed:
    /// their text is glyph soup. The formula's TeX is indexed instead, from the attribute named by
    /// <c>data-pagefind-index-attrs</c> on the math element (Markup/Search/SearchTex).
    /// </summary>
    public static readonly IReadOnlyList<string> ExcludeSelectors = ["mjx-container"];

    /// <summary>Files Pagefind always writes into its folder; the link checker accepts links to them.</summary>
    public static readonly IReadOnlyList<string> BundleFiles = ["pagefind.js", "pagefind-entry.json", "pagefind-highlight.js", "pagefind-worker.js"];

    /// <summary>
    /// Indexes <paramref name="plan"/>'s pages, read from their files, into <paramref name="bundleFolder"/>
    /// (the preview indexes each generation this way; a build feeds a <see cref="SearchIndexSession"/>
    /// beside its pipelines instead).
    /// </summary>
    /// <param name="fileOf">Where a destination's file is.</param>
    /// <exception cref="DiagnosticException">A page cannot be read, Pagefind is missing or failed; the message is Pagefind's.</exception>
    public static async Task<SearchIndexResult> IndexAsync(string siteRoot, SearchPlan plan, string bundleFolder,
        Func<string, string> fileOf, CancellationToken cancellationToken)
    {
        await using var session = new SearchIndexSession(siteRoot, plan.NodePath, ["pages"], bundleFolder);
        var pages = new List<IndexedPage>(plan.Pages.Count);
        foreach (var page in plan.Pages)
        {
            try { pages.Add(new IndexedPage(page.Url, await File.ReadAllBytesAsync(fileOf(page.Destination), cancellationToken))); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw SearchIndexSession.Failure($"Pagefind could not build the search index: indexing {page.Url}: {e.Message}",
                    "Build the site again; if the page keeps missing, report it as a bug.");
            }
        }
        session.Deliver("pages", pages);
        return await session.FinishAsync(cancellationToken);
    }
}

/// <summary>What an indexing run did: pages indexed, bytes written, time taken.</summary>
public sealed record SearchIndexResult(int Pages, long Bytes, TimeSpan Elapsed)
{
    /// <summary>The bundle was copied from <see cref="SearchIndexCache"/>: the pages had not changed, Pagefind did not run.</summary>
    public bool Reused { get; init; }
}
