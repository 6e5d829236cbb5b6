using Blog.Site.Search;
using Blog.Tests.Support;

namespace Blog.Tests.Site;

/// <summary>
/// A rebuild with warm caches does no out-of-process work it does not need: no Node.js process
/// (MathJax, citeproc, Pagefind) starts when nothing changed, and a prose edit starts only the
/// search indexer. Node is a wrapper script (statiq.json <c>math.node</c>) that logs every start
/// and then runs the real <c>node</c>, so the test sees each process the build starts.
/// </summary>
public sealed class WarmBuildTests
{
    private static (TestSite Site, string Log) SiteWithLoggedNode()
    {
        var site = TestSite.Empty();
        File.Copy(Path.Combine(TestSite.SampleFixture, "input", "references.bib"), Path.Combine(site.Root, "input", "references.bib"));
        var log = Path.Combine(site.Root, "node-starts.log");
        var wrapper = Path.Combine(site.Root, "logged-node.sh");
        File.WriteAllText(wrapper, $"#!/bin/sh\necho \"$*\" >> '{log}'\nexec node \"$@\"\n");
        File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        site.Settings(s =>
        {
            s["math"]!["node"] = wrapper;
            s["bibliography"] = new System.Text.Json.Nodes.JsonArray("references.bib");
        });
        site.WriteFile("input/posts/a.md", "---\ntitle: 关于$\\pi$\ndate: 2020-01-01\n---\n\n圆周率 $\\pi$ 与 $$e^{i\\pi}+1=0$$ 的关系,见 [@ma2020hsic]。\n");
        site.WriteFile("input/posts/b.md", "---\ntitle: 乙\ndate: 2020-01-02\n---\n\n另一篇,公式 $x^2$。\n");
        return (site, log);
    }

    private static string[] Starts(string log) => File.Exists(log) ? File.ReadAllLines(log) : [];

    [Fact]
    public async Task A_rebuild_with_nothing_changed_starts_no_Node_process_and_writes_the_same_bytes()
    {
        var (site, log) = SiteWithLoggedNode();
        using var _ = site;
        var cold = await site.BuildOkAsync();
        var coldStarts = Starts(log);
        // The cold build did start Node: for MathJax, citeproc and Pagefind (the wrapper is really used).
        Assert.Contains(coldStarts, s => s.Contains("typeset", StringComparison.Ordinal));
        Assert.Contains(coldStarts, s => s.Contains("pagefind-index.mjs", StringComparison.Ordinal));
        Assert.True(cold.Search is not null, "search is on");
        var first = Compute.ComputedRepoSite.Hash(site.OutputFolder);

        await site.BuildOkAsync();
        Assert.Equal(coldStarts, Starts(log));
        Assert.Equal(first, Compute.ComputedRepoSite.Hash(site.OutputFolder));
    }

    [Fact]
    public async Task A_prose_edit_starts_only_the_search_indexer_and_the_index_holds_the_edit()
    {
        var (site, log) = SiteWithLoggedNode();
        using var _ = site;
        await site.BuildOkAsync();
        var before = Starts(log).Length;

        site.WriteFile("input/posts/b.md", "---\ntitle: 乙\ndate: 2020-01-02\n---\n\n另一篇,改过的文字,公式 $x^2$。\n");
        site.WriteFile("input/posts/c.md", "---\ntitle: 丙\ndate: 2020-01-03\n---\n\n新的一篇,没有公式。\n");
        await site.BuildOkAsync();
        var started = Starts(log)[before..];
        Assert.Equal(["pagefind-index.mjs"], started.Select(s => Path.GetFileName(s.Split(' ')[0])));
        Assert.Contains("改过的文字", site.ReadOutput("2020/01/b/index.html"));
        // The index was made again, from the new pages: three posts now.
        using var entry = System.Text.Json.JsonDocument.Parse(site.ReadOutput("pagefind/pagefind-entry.json"));
        Assert.Equal(3, entry.RootElement.GetProperty("languages").EnumerateObject().Sum(l => l.Value.GetProperty("page_count").GetInt32()));
    }

    [Fact]
    public void The_search_cache_key_changes_with_a_page_s_bytes_its_url_and_the_page_list()
    {
        using var temp = TestSite.Empty();
        var a = temp.WriteFile("output/a.html", "<html><body>甲</body></html>").Root;
        temp.WriteFile("output/b.html", "<html><body>乙</body></html>");
        var package = Path.Combine(TestSite.RepoRoot, "node_modules", "pagefind", "package.json");
        string FileOf(string destination) => Path.Combine(a, "output", destination);
        string Key(params SearchPage[] pages) =>
            SearchIndexCache.Key(new SearchPlan("pagefind", pages, "node"), FileOf, package, SearchIndexer.Script, SearchIndexer.ExcludeSelectors);

        var baseline = Key(new("a.html", "/a/"), new("b.html", "/b/"));
        Assert.Equal(baseline, Key(new("a.html", "/a/"), new("b.html", "/b/")));
        Assert.NotEqual(baseline, Key(new SearchPage("a.html", "/a/")));
        Assert.NotEqual(baseline, Key(new("a.html", "/a2/"), new("b.html", "/b/")));
        temp.WriteFile("output/b.html", "<html><body>乙,改</body></html>");
        Assert.NotEqual(baseline, Key(new("a.html", "/a/"), new("b.html", "/b/")));
    }
}
