using Blog.Tests.Support;

namespace Blog.Tests.Publishing;

/// <summary>
/// Math typeset at build time, served under /repo/: the math stylesheet and its fonts come from
/// /repo/, pages need no MathJax script, and Chromium shows the formulas and the figure.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class BuildModeTests(Chromium chromium, BuildModeSiteFixture fixture) : IClassFixture<BuildModeSiteFixture>
{
    [Fact]
    public async Task Following_every_link_and_stylesheet_under_repo_finds_nothing_broken()
    {
        fixture.AssertBuilt();
        BasePathTests.AssertEveryUrlCarriesTheBasePath(fixture.Site.OutputFolder, mathJaxConfig: false);
        var crawler = new SiteCrawler(fixture.Served, ProjectSiteFixture.BaseUrl);
        await crawler.CrawlAsync("", "atom.xml", "sitemap.xml", "404.html");
        Assert.Empty(crawler.Problems);
        Assert.Contains(crawler.Visited, v => v.Contains("/repo/assets/mathjax/fonts/") && v.EndsWith(".woff2"));
        Assert.DoesNotContain(crawler.Visited, v => v.EndsWith("tex-chtml.js"));
    }

    [BrowserFact]
    public async Task A_post_shows_its_typeset_math_and_figure_with_fonts_from_under_repo()
    {
        fixture.AssertBuilt();
        await chromium.WithPageAsync(fixture.Server.Url(ProjectSiteFixture.FigurePost), async session =>
        {
            var page = session.Page;
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
            Assert.Equal(0, await page.Locator("script[src*='mathjax']").CountAsync());
            Assert.True(await page.Locator("mjx-container").CountAsync() >= 2);
            Assert.Equal(0, await page.Locator("mjx-merror").CountAsync());
            Assert.Equal(1, await page.EvaluateAsync<int>("id => document.querySelectorAll('[id=\"' + id + '\"]').length", "mjx-eqn:eq:circle"));
            Assert.DoesNotContain("???", await page.Locator(".post-body").InnerTextAsync());
            Assert.True(await page.EvaluateAsync<bool>("() => { const i = document.querySelector('img[alt=\"单位圆\"]'); return i.complete && i.naturalWidth > 0 && i.getBoundingClientRect().width > 0; }"));
            session.AssertNoErrors();
            Assert.Contains(session.Requests, r => r.StartsWith(fixture.Server.BaseUrl + "assets/mathjax/fonts/") && r.EndsWith(".woff2"));
            var outside = session.Requests.Where(r => !r.StartsWith(fixture.Server.BaseUrl) && !r.StartsWith("data:")).ToList();
            Assert.True(outside.Count == 0, "requests outside /repo/:\n" + string.Join("\n", outside));
        });
    }
}
