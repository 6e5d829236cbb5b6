using Blog.Tests.Markdown;
using Blog.Tests.Support;

namespace Blog.Tests.Browser;

/// <summary>
/// The seed's hand-written magic cube, verbatim: MathJax 2's \require{HTML} spelling, \style and
/// \color in an 11-column array. It must typeset in the browser with no MathJax error.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class SeedCubeBrowserTests(Chromium chromium)
{
    private static TestSite SeedCubeSite(string render)
    {
        var site = TestSite.Empty().Settings(s => s["math"] = new System.Text.Json.Nodes.JsonObject { ["render"] = render });
        var cube = File.ReadAllText(GoldenCase.PathOf("magic-cube.tex.md"));
        site.WriteFile("input/posts/seed-cube.md", $"---\ntitle: 立体幻方\ndate: 2019-03-28\n---\n\n画出来了：\n\n{cube}\n事实上。\n");
        return site;
    }

    [Fact]
    public async Task The_seeds_magic_cube_typesets_at_build_time()
    {
        using var site = SeedCubeSite("build");
        await site.BuildOkAsync();
        var math = site.Html("2019/03/seed-cube/").QuerySelectorAll(".post-body .math");
        Assert.Single(math);
        Assert.NotNull(math[0].QuerySelector("mjx-container"));
        Assert.Null(math[0].QuerySelector("mjx-merror, [data-mjx-error]"));
    }

    [BrowserFact]
    public async Task The_seeds_magic_cube_typesets_in_the_browser_with_its_rotated_bars()
    {
        using var site = SeedCubeSite("client");
        await site.BuildOkAsync();
        await using var server = await StaticServer.StartAsync(site.OutputFolder);

        await chromium.WithPageAsync(server.Url("2019/03/seed-cube/"), async session =>
        {
            var page = session.Page;
            await page.WaitForTypesetAsync(session.Console);
            Assert.Equal(1, await page.Locator(".post-body div.math mjx-container").CountAsync());
            var errors = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('mjx-merror, [data-mjx-error]')].map(e => e.getAttribute('data-mjx-error') ?? e.textContent)");
            Assert.True(errors.Length == 0, "MathJax errors:\n" + string.Join("\n", errors));
            // \style{… transform: rotate(45deg)}{|} reached the page: the receding bars are turned.
            var rotated = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('mjx-container [style]')].filter(e => getComputedStyle(e).transform !== 'none').length");
            Assert.True(rotated >= 10, $"{rotated} rotated elements");
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
            session.AssertNoErrors();
        });
    }
}
