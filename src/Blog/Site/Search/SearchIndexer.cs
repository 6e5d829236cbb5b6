using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Blog.Diagnostics;
using Blog.Typesetting;

namespace Blog.Site.Search;

/// <summary>
/// Runs Pagefind (npm package <c>pagefind</c>, extended build from <c>@pagefind/linux-x64</c>, which
/// segments Chinese at index time) over finished HTML pages through pagefind-index.mjs, and writes the
/// index with Pagefind's scripts into one folder. What is indexed is decided by the theme's
/// <c>data-pagefind-*</c> attributes and by <see cref="ExcludeSelectors"/>.
/// </summary>
public static class SearchIndexer
{
    /// <summary>The script shipped next to the tool (copied to the output folder by Blog.csproj).</summary>
    public static string Script => Path.Combine(AppContext.BaseDirectory, "Site", "Search", "pagefind-index.mjs");

    /// <summary>
    /// MathJax's CHTML output and its hidden MathML (both inside <c>mjx-container</c>) are never indexed:
    /// their text is glyph soup. The formula's TeX is indexed instead, from the <c>data-tex</c>
    /// attribute named by <c>data-pagefind-index-attrs</c> on the math element.
    /// </summary>
    public static readonly IReadOnlyList<string> ExcludeSelectors = ["mjx-container"];

    /// <summary>Files Pagefind always writes into its folder; the link checker accepts links to them.</summary>
    public static readonly IReadOnlyList<string> BundleFiles = ["pagefind.js", "pagefind-entry.json", "pagefind-highlight.js", "pagefind-worker.js"];

    /// <summary>Indexes <paramref name="pages"/> (read from <paramref name="siteFolder"/> by destination) into <paramref name="bundleFolder"/>.</summary>
    /// <param name="fileOf">Where a destination's file is; by default <paramref name="siteFolder"/>/destination.</param>
    /// <exception cref="DiagnosticException">Pagefind is missing or failed; the message is Pagefind's.</exception>
    public static async Task<SearchIndexResult> IndexAsync(string siteRoot, SearchPlan plan, string bundleFolder,
        Func<string, string> fileOf, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var modules = NodeModules.Find(siteRoot, "pagefind") ?? throw Failure(
            "The npm package 'pagefind' is not installed, so the search index cannot be built.",
            "Run 'npm ci' in the folder holding package.json, or turn search off with \"search\": false in statiq.json.");
        // The same pages, Pagefind and script as the last run: its bundle is copied, no Node is started.
        var cache = SearchIndexCache.For(siteRoot);
        string? key = null;
        try { key = SearchIndexCache.Key(plan, fileOf, Path.Combine(modules, "pagefind", "package.json"), Script, ExcludeSelectors); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* a page that cannot be read: Pagefind reports it */ }
        if (key is not null && cache.TryRestore(key, bundleFolder))
            return new SearchIndexResult(plan.Pages.Count, FolderSize(bundleFolder), watch.Elapsed) { Reused = true };
        var request = new
        {
            pagefind = Path.Combine(modules, "pagefind", "lib", "index.js"),
            output = bundleFolder,
            excludeSelectors = ExcludeSelectors,
            pages = plan.Pages.Select(p => new { file = fileOf(p.Destination), url = p.Url }),
        };
        var info = new ProcessStartInfo(plan.NodePath)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false), StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Script);
        Process process;
        try
        {
            process = Process.Start(info) ?? throw Failure($"Could not start '{plan.NodePath}'.", null);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw Failure($"Node.js ('{plan.NodePath}') could not be started for the search index: {e.Message}",
                "Install Node.js, set \"math\": { \"node\": \"/path/to/node\" } in statiq.json, or turn search off with \"search\": false.");
        }
        using (process)
        {
            try
            {
                var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
                var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
                await process.StandardInput.WriteAsync(JsonSerializer.Serialize(request).AsMemory(), cancellationToken);
                process.StandardInput.Close();
                await process.WaitForExitAsync(cancellationToken);
                var (output, errors) = (await stdout, await stderr);
                if (process.ExitCode != 0)
                    throw Failure("Pagefind could not build the search index: " + LastLines(errors, output),
                        "Fix the page named in the message, or turn search off with \"search\": false in statiq.json.");
                using var json = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
                if (key is not null) cache.Store(key, bundleFolder);
                return new SearchIndexResult(json.RootElement.GetProperty("pages").GetInt32(), FolderSize(bundleFolder), watch.Elapsed);
            }
            catch (OperationCanceledException)
            {
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                throw;
            }
        }
    }

    private static long FolderSize(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;

    private static string LastLines(string errors, string output)
    {
        var text = (errors.Trim().Length > 0 ? errors : output).Trim();
        var lines = text.Split('\n');
        return lines.Length <= 8 ? text : string.Join('\n', lines[^8..]);
    }

    private static DiagnosticException Failure(string message, string? hint) =>
        new(Diagnostic.Error("(search)", 0, 0, message, hint));
}

/// <summary>What an indexing run did: pages indexed, bytes written, time taken.</summary>
public sealed record SearchIndexResult(int Pages, long Bytes, TimeSpan Elapsed)
{
    /// <summary>The bundle was copied from <see cref="SearchIndexCache"/>: the pages had not changed, Pagefind did not run.</summary>
    public bool Reused { get; init; }
}
