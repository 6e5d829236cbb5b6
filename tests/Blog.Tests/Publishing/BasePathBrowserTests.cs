using Blog.Tests.Support;

namespace Blog.Tests.Publishing;

/// <summary>In Chromium, a /repo/ build served under /repo/: MathJax loads from /repo/, formulas typeset, figures show.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class BasePathBrowserTests(Chromium chromium, ProjectSiteFixture fixture) : IClassFixture<ProjectSiteFixture>
{
    [BrowserFact]
    public async Task A_post_loads_MathJax_and_its_figure_from_under_repo()
    {
        fixture.AssertBuilt();
        await chromium.WithPageAsync(fixture.Server.Url(ProjectSiteFixture.FigurePost), async session =>
        {
            var page = session.Page;
            Assert.True(await page.WaitForTypesetAsync(session.Console) >= 2);
            Assert.Equal(0, await page.Locator("mjx-merror").CountAsync());
            // \eqref became a link to the equation's anchor (MathJax 4 keeps it in data-mjx-href), which now exists.
            var href = await page.Locator("mjx-container a[data-mjx-href]").First.GetAttributeAsync("data-mjx-href");
            Assert.Equal("#mjx-eqn%3Aeq%3Acircle", href);
            Assert.Equal(1, await page.EvaluateAsync<int>("id => document.querySelectorAll('[id=\"' + id + '\"]').length", "mjx-eqn:eq:circle"));
            Assert.DoesNotContain("???", await page.Locator(".post-body").InnerTextAsync());
            // The figure is decoded and drawn.
            Assert.True(await page.EvaluateAsync<bool>("() => { const i = document.querySelector('img[alt=\"单位圆\"]'); return i.complete && i.naturalWidth > 0 && i.getBoundingClientRect().width > 0; }"));
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
            session.AssertNoErrors();
            AssertEverythingCameFromTheSite(session);
            Assert.Contains(session.Requests, r => r.Contains("/repo/assets/mathjax/fonts/"));
        });
    }

    [BrowserFact]
    public async Task The_home_page_and_a_page_typeset_without_errors_under_repo()
    {
        fixture.AssertBuilt();
        foreach (var path in new[] { "", "about/" })
        {
            await chromium.WithPageAsync(fixture.Server.Url(path), async session =>
            {
                Assert.True(await session.Page.WaitForTypesetAsync(session.Console) >= (path == "" ? 0 : 1));
                Assert.Equal(0, await session.Page.Locator("mjx-merror").CountAsync());
                await session.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
                session.AssertNoErrors();
                AssertEverythingCameFromTheSite(session);
            });
        }
    }

    private void AssertEverythingCameFromTheSite(BrowserSession session)
    {
        // blob: and data: URLs are made in the page (MathJax's speech worker), not fetched.
        var outside = session.Requests.Where(r => !r.StartsWith(fixture.Server.BaseUrl) && !r.StartsWith("data:") && !r.StartsWith("blob:")).ToList();
        Assert.True(outside.Count == 0, "requests outside /repo/ (or to another host):\n" + string.Join("\n", outside));
    }
}
