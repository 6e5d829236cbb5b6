using Blog.Diagnostics;
using Blog.Typesetting;
using Blog.Pipelines;
using Blog.Site;
using Blog.Tests.Support;

namespace Blog.Tests.MathBuild;

/// <summary>The worker process and its pool: restarts, clear errors, never a page with missing math.</summary>
public sealed class MathWorkerTests
{
    private static readonly SiteSettings Settings = new();

    private static WorkerConfig Config() => WorkerConfig.For(NodeModules.Find(TestSite.RepoRoot, "@mathjax/src")!, Settings);

    /// <summary>A page big enough that MathJax is still busy with it a moment after it was sent.</summary>
    private static IReadOnlyList<Formula> BigPage(int count = 300) => Enumerable.Range(0, count)
        .Select(i => new Formula($"\\begin{{equation}}\\sum_{{k=1}}^{{{i}}} \\frac{{1}}{{k^2}} \\label{{e{i}}}\\end{{equation}}", true))
        .ToList();

    /// <summary>Kills the worker when it says it has started on the page's 20th formula: surely mid-page, whatever the machine's speed.</summary>
    private static void KillMidPage(MathWorker worker) => worker.FormulaStarted += (w, index) =>
    {
        if (index == 20) _ = w.KillAsync();
    };

    [Fact]
    public async Task A_worker_killed_mid_page_is_replaced_and_the_page_comes_back_whole()
    {
        await using var pool = new MathWorkerPool(new MathWorkerOptions { Workers = 1 }, Config());
        var kills = 0;
        pool.PageStarted += (worker, _) => { if (Interlocked.Increment(ref kills) == 1) KillMidPage(worker); };
        var math = BigPage();
        var page = await pool.TypesetAsync(math, CancellationToken.None);
        Assert.Equal(2, pool.WorkersStarted);
        Assert.Equal(math.Count, page.Html.Count);
        Assert.All(page.Html, html => Assert.StartsWith("<mjx-container", html));
        Assert.Contains("id=\"mjx-eqn:e299\"", page.Html[^1]); // the last equation, numbered (300)
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task A_worker_that_keeps_dying_gives_a_clear_error_not_a_page()
    {
        await using var pool = new MathWorkerPool(new MathWorkerOptions { Workers = 1 }, Config());
        pool.PageStarted += (worker, _) => KillMidPage(worker);
        var error = await Assert.ThrowsAsync<MathWorkerException>(() => pool.TypesetAsync(BigPage(), CancellationToken.None));
        Assert.Contains("The MathJax worker stopped", error.Message);
        Assert.Equal(2, pool.WorkersStarted); // one retry, then give up
    }

    [Fact]
    public async Task Killing_the_worker_mid_build_restarts_it_transparently()
    {
        using var site = TestSite.Empty();
        for (var i = 0; i < 6; i++)
            site.WriteFile($"input/posts/p{i}.md", $"---\ntitle: 第{i}篇\ndate: 2020-01-0{i + 1}\n---\n\n" +
                string.Join("\n\n", BigPage(60).Select(f => f.Text)) + $"\n\n见$\\eqref{{e59}}+p_{i}$, 第{i}篇$q_{i}$\n");
        var settings = SiteSettings.Load(Path.Combine(site.Root, "statiq.json"), "statiq.json");
        await using var math = new MathTypesetter(site.Root, settings, new MathWorkerOptions { Workers = 2 });
        // Kill the worker during the first attempt at the second and the fifth post's numbered formulas
        // (one request per post: its last formula, with the \eqref, differs from post to post).
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>();
        math.Pool.PageStarted += (worker, page) =>
        {
            if (seen.TryAdd(page[^1].Text, true) && seen.Count is 2 or 5) KillMidPage(worker);
        };
        var output = Path.Combine(site.Root, "staging");
        var engine = new Engine(SiteBuilder.CreatePipelines(new BuildOptions { SiteRoot = site.Root }, settings, output, math));
        var context = new PipelineContext(new DiagnosticBag());
        var result = await engine.ExecuteAsync(context);

        Assert.True(result.Success, string.Join("\n", context.Diagnostics.All));
        Assert.True(math.WorkersStarted >= 3, $"{math.WorkersStarted} workers started");
        foreach (var post in result.Documents[SiteBuilder.Posts])
        {
            // A finished page is written as soon as it is scanned (ScanLinks), formulas spliced in: read the file.
            var html = TestSite.ParseHtml(File.ReadAllText(Path.Combine(output, post.Destination!)));
            var elements = html.QuerySelectorAll("main .math");
            Assert.Equal(62, elements.Length);
            Assert.All(elements, e => Assert.NotNull(e.QuerySelector("mjx-container")));
            Assert.Equal("(60)", html.QuerySelector("main mjx-container a")!.TextContent);
        }
    }

    [Fact]
    public async Task A_worker_that_cannot_start_is_a_clear_error()
    {
        var script = Path.Combine(Directory.CreateTempSubdirectory("blog-worker-").FullName, "broken.mjs");
        File.WriteAllText(script, "console.error('cannot load MathJax'); process.exit(3);");
        await using var pool = new MathWorkerPool(new MathWorkerOptions { ScriptPath = script }, Config());
        var error = await Assert.ThrowsAsync<MathWorkerException>(() => pool.TypesetAsync([new("\\(x\\)", false)], CancellationToken.None));
        Assert.Contains("The MathJax worker did not start", error.Message);
        Assert.Contains("exit code 3", error.Message);
        Assert.Contains("cannot load MathJax", error.Log);
    }

    [Fact]
    public async Task Missing_node_is_named()
    {
        await using var pool = new MathWorkerPool(new MathWorkerOptions { NodePath = "/nonexistent/node" }, Config());
        var error = await Assert.ThrowsAsync<NodeMissingException>(() => pool.TypesetAsync([new("\\(x\\)", false)], CancellationToken.None));
        Assert.Contains("Node.js is needed", error.Message);
    }

    [Fact]
    public async Task Pages_run_on_as_many_workers_as_allowed_in_parallel()
    {
        await using var pool = new MathWorkerPool(new MathWorkerOptions { Workers = 2 }, Config());
        var pages = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => pool.TypesetAsync(BigPage(40), CancellationToken.None)));
        Assert.Equal(2, pool.WorkersStarted);
        Assert.Equal(6, pool.PagesTypeset);
        Assert.All(pages, p => Assert.Equal(40, p.Html.Count));
    }
}
