using AngleSharp.Html.Parser;
using Blog.Tests.Support;

namespace Blog.Tests.Publishing;

/// <summary>A site built with a /repo/ base URL works when served under /repo/.</summary>
public sealed class BasePathTests(ProjectSiteFixture fixture) : IClassFixture<ProjectSiteFixture>
{
    [Fact]
    public async Task Following_every_link_under_repo_finds_nothing_broken()
    {
        fixture.AssertBuilt();
        var crawler = new SiteCrawler(fixture.Served, ProjectSiteFixture.BaseUrl);
        await crawler.CrawlAsync("", "atom.xml", "sitemap.xml", "404.html");
        Assert.Empty(crawler.Problems);
        // Every HTML page of the output was reached by links alone.
        var pages = Directory.EnumerateFiles(fixture.Site.OutputFolder, "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(fixture.Site.OutputFolder, p).Replace('\\', '/'))
            .Select(p => new Uri(fixture.Served, string.Join('/', (p.EndsWith("index.html") ? p[..^10] : p).Split('/').Select(Uri.EscapeDataString))).AbsoluteUri)
            .ToList();
        Assert.True(pages.Count > 20);
        Assert.All(pages, p => Assert.Contains(p, crawler.Visited));
        Assert.Contains(crawler.Visited, v => v.EndsWith("/repo/assets/figures/circle.svg"));
        Assert.Contains(crawler.Visited, v => v.EndsWith("/repo/assets/mathjax/tex-chtml.js"));
    }

    [Fact]
    public void Every_url_the_site_writes_carries_the_base_path()
    {
        fixture.AssertBuilt();
        AssertEveryUrlCarriesTheBasePath(fixture.Site.OutputFolder, mathJaxConfig: true);
    }

    /// <summary>Root-relative and absolute URLs of every page, the MathJax paths (client mode) and robots.txt.</summary>
    internal static void AssertEveryUrlCarriesTheBasePath(string output, bool mathJaxConfig)
    {
        foreach (var file in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
                     .Where(f => !f.Contains(Path.Combine("assets", "mathjax"))))
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(file));
            var urls = document.QuerySelectorAll("[href],[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Concat(document.QuerySelectorAll("meta[property^='og:'][content^='http'],meta[name^='twitter:'][content^='http']").Select(e => e.GetAttribute("content")!));
            foreach (var url in urls)
            {
                if (url.StartsWith('/')) Assert.True(url.StartsWith("/repo/"), $"{file}: root-relative '{url}' lacks /repo/");
                if (url.StartsWith("https://user.github.io")) Assert.True(url.StartsWith("https://user.github.io/repo/"), $"{file}: '{url}'");
            }
            if (!mathJaxConfig) continue;
            var config = document.QuerySelectorAll("script:not([src])").Select(s => s.TextContent).FirstOrDefault(t => t.Contains("MathJax"));
            Assert.NotNull(config);
            Assert.Contains("\"fonts\":\"/repo/assets/mathjax/fonts\"", config);
        }
        Assert.Contains("Sitemap: https://user.github.io/repo/sitemap.xml", File.ReadAllText(Path.Combine(output, "robots.txt")));
    }

    [Fact]
    public void Markdown_site_paths_get_the_base_path_and_the_line_they_were_written_on()
    {
        fixture.AssertBuilt();
        var html = fixture.Site.ReadOutput(ProjectSiteFixture.FigurePost + "index.html");
        var document = new HtmlParser().ParseDocument(html);
        var image = document.QuerySelector("img[alt='单位圆']")!;
        Assert.Equal("/repo/assets/figures/circle.svg", image.GetAttribute("src"));
        Assert.Equal("9", image.GetAttribute("data-line"));
        var link = document.QuerySelector("a[href='/repo/2019/06/biased-and-unbiased-estimators/']")!;
        Assert.Equal("11", link.GetAttribute("data-line"));
    }

    [Fact]
    public async Task The_crawler_notices_a_site_built_for_the_domain_root()
    {
        // The same content built without a base path: correct at the root, broken under /repo/.
        using var site = TestSite.Sample();
        await site.BuildOkAsync(baseUrl: "https://user.github.io/");
        await using var server = await StaticServer.StartAsync(site.OutputFolder, "/repo/");
        var crawler = new SiteCrawler(new Uri(server.BaseUrl), new Uri("https://user.github.io/"));
        await crawler.CrawlAsync("");
        Assert.Contains(crawler.Problems, p => p.Contains("leaves /repo/"));
    }
}
