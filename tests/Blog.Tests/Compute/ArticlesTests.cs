using Blog.Tests.Support;
using Microsoft.Playwright;

namespace Blog.Tests.Compute;

/// <summary>The sample blog built once, cold, with every article's compute blocks (shared by the tests below).</summary>
public sealed class ComputedRepoSite : IAsyncLifetime
{
    public TestSite Site { get; } = TestSite.Sample();
    public string FirstHash { get; private set; } = "";
    public Dictionary<string, DateTime> CacheTimes { get; private set; } = [];
    public string CacheFolder => Path.Combine(Site.Root, ".cache", "compute");

    public async Task InitializeAsync()
    {
        await Site.BuildOkAsync();
        FirstHash = Hash(Site.OutputFolder);
        CacheTimes = Directory.GetFiles(CacheFolder).ToDictionary(f => f, File.GetLastWriteTimeUtc);
    }

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }

    public static string Hash(string folder)
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file) + "\0"));
            sha.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    /// <summary>Output pages of the articles, relative to the output folder.</summary>
    public IReadOnlyList<string> ArticlePages() => Site.HtmlFiles().Where(f => Site.ReadOutput(f).Contains("class=\"compute-cell\"")).ToList();
}

[CollectionDefinition(Name)]
public sealed class ComputedArticlesCollection : ICollectionFixture<ComputedRepoSite>, ICollectionFixture<Chromium>
{
    public const string Name = "Computed articles";
}

[Collection(ComputedArticlesCollection.Name)]
public sealed class ArticlesTests(ComputedRepoSite repo, Chromium chromium)
{
    [Fact]
    public void Every_article_computes_and_captions_and_references_its_figures_and_tables()
    {
        var pages = repo.ArticlePages();
        Assert.Equal(8, pages.Count);
        foreach (var page in pages)
        {
            var html = repo.Site.Html(page);
            var figures = html.QuerySelectorAll("figure.compute-figure, figure.compute-table-figure").ToList();
            Assert.True(figures.Count > 0, $"{page} has no computed figure or table");
            foreach (var figure in figures)
            {
                Assert.False(string.IsNullOrWhiteSpace(figure.QuerySelector("figcaption")?.TextContent), $"{page}: #{figure.Id} has no caption");
                Assert.True(html.QuerySelectorAll($"a.xref[href='#{figure.Id}']").Length > 0, $"{page}: #{figure.Id} is never referenced");
            }
            Assert.Empty(html.QuerySelectorAll("pre.compute-error"));
            Assert.DoesNotContain("{csharp}", html.Body!.TextContent);
        }
    }

    [Fact]
    public async Task Second_build_of_the_blog_is_byte_identical_and_runs_no_block()
    {
        await repo.Site.BuildOkAsync();
        Assert.Equal(repo.FirstHash, ComputedRepoSite.Hash(repo.Site.OutputFolder));
        // A block that runs stores its result again; an untouched cache means nothing ran.
        var times = Directory.GetFiles(repo.CacheFolder).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        Assert.Equal(repo.CacheTimes, times);
    }

    [BrowserFact]
    public async Task Every_figure_renders_and_every_table_is_populated_in_the_browser()
    {
        await using var server = await StaticServer.StartAsync(repo.Site.OutputFolder);
        foreach (var page in repo.ArticlePages())
        {
            await chromium.WithPageAsync(server.BaseUrl + page.Replace("index.html", ""), async session =>
            {
                // In client mode MathJax typesets in the browser: wait for it. In build mode the math is already typeset.
                if (await session.Page.EvaluateAsync<bool>("() => !!window.MathJax")) await session.Page.WaitForTypesetAsync(session.Console);
                Assert.True(await session.Page.EvaluateAsync<int>("() => document.querySelectorAll('table.compute-table th mjx-container').length") > 0
                            || !repo.Site.ReadOutput(page).Contains("<th><span class=\"math"), $"{page}: math in table headers is not typeset");
                foreach (var svg in await session.Page.QuerySelectorAllAsync("figure.compute-figure svg"))
                {
                    var box = await svg.BoundingBoxAsync();
                    Assert.True(box is { Width: > 200, Height: > 100 }, $"{page}: a figure is not drawn ({box?.Width}×{box?.Height})");
                    // Chinese labels are drawn with a width, not dropped.
                    var widths = await svg.EvaluateAsync<double[]>("s => [...s.querySelectorAll('text')].filter(t => /[\\u4e00-\\u9fff]/.test(t.textContent)).map(t => t.getBBox().width)");
                    Assert.True(widths.Length > 0 && widths.All(w => w > 5), $"{page}: Chinese labels of a figure are missing");
                }
                foreach (var table in await session.Page.QuerySelectorAllAsync("figure.compute-table-figure table"))
                {
                    var cells = await table.EvaluateAsync<string[]>("t => [...t.querySelectorAll('tbody td')].map(c => c.textContent.trim())");
                    Assert.True(cells.Length > 0 && cells.All(c => c.Length > 0), $"{page}: a computed table is empty");
                    Assert.Equal(0, await table.EvaluateAsync<int>("t => t.querySelectorAll('mjx-merror').length"));
                }
                Assert.Equal(0, await session.Page.EvaluateAsync<int>("() => document.querySelectorAll('.compute-cell mjx-merror, figcaption mjx-merror').length"));
                session.AssertNoErrors();
            });
        }
    }

    [BrowserFact]
    public async Task Figures_are_darkened_in_dark_mode()
    {
        await using var server = await StaticServer.StartAsync(repo.Site.OutputFolder);
        var page = repo.ArticlePages().First(p => repo.Site.ReadOutput(p).Contains("compute-figure"));
        await chromium.WithPageAsync(server.BaseUrl + page.Replace("index.html", ""), async session =>
        {
            var filter = await session.Page.EvalOnSelectorAsync<string>("figure.compute-figure svg", "s => getComputedStyle(s).filter");
            Assert.Contains("invert", filter);
        }, ColorScheme.Dark);
    }
}
