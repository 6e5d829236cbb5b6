using Blog.Diagnostics;
using Blog.MagicCube.Rendering;
using Blog.Tests.Support;

namespace Blog.Tests.MagicCube;

/// <summary>Magic cubes through a whole site build, and typeset by MathJax in Chromium.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class MagicCubeSiteTests(Chromium chromium)
{
    private const string Post = """
        ---
        title: 幻立方
        date: 2019-03-28
        slug: cubes
        ---

        手绘的立方体：

        ```magic-cube
        {0}
        ```

        三阶幻立方：

        ```magic-cube
        construct: 3
        ```

        四阶幻立方（portable）：

        ```magic-cube portable
        construct: 4
        ```
        """;

    private static TestSite SiteWithCubes() =>
        TestSite.Empty().WriteFile("input/posts/cubes.md", Post.Replace("{0}", SeedCube.Text));

    [Fact]
    public async Task Site_page_has_the_diagrams_and_the_verdicts()
    {
        using var site = SiteWithCubes();
        await site.BuildOkAsync();
        var page = site.Html("2019/03/cubes/");
        // Typeset at build time (the default), a formula keeps its TeX in data-tex.
        var math = page.QuerySelectorAll("div.math.display").Select(e => e.GetAttribute("data-tex") ?? e.TextContent).ToList();
        Assert.Equal(3, math.Count);
        Assert.Equal(ArrayGrid.Parse(SeedCube.Array()), ArrayGrid.Parse(math[0]));
        var verdicts = page.QuerySelectorAll("p.magic-cube-verdict").Select(e => e.TextContent).ToList();
        Assert.StartsWith("不是幻立方（3 阶，幻和 42）", verdicts[0]);
        Assert.StartsWith("这是 3 阶幻立方", verdicts[1]);
        Assert.StartsWith("这是 4 阶幻立方", verdicts[2]);
    }

    [Fact]
    public async Task A_bad_cube_fails_the_build_at_its_line()
    {
        using var site = TestSite.Empty().WriteFile("input/posts/bad.md",
            "---\ntitle: 坏\ndate: 2019-03-28\nslug: bad\n---\n\n```magic-cube\n1 2\n3 4\n\n5 six\n7 8\n```\n");
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith("bad.md", error.File);
        Assert.Equal((11, 3), (error.Line, error.Column));
        Assert.Contains("'six' is not an integer", error.Message);
    }

    [BrowserFact]
    public async Task Chromium_typesets_the_cubes_without_errors_and_really_rotates_the_bars()
    {
        using var site = SiteWithCubes();
        await site.BuildOkAsync();
        await using var server = await StaticServer.StartAsync(site.OutputFolder);
        await chromium.WithPageAsync(server.Url("2019/03/cubes/"), async session =>
        {
            var page = session.Page;
            // Build mode (the default) typesets at build time; client mode's MathJax must finish first.
            if (await page.Locator("script[src*='tex-chtml']").CountAsync() > 0)
                await page.WaitForTypesetAsync(session.Console);
            Assert.Equal(3, await page.Locator("mjx-container[display=true]").CountAsync());
            Assert.Equal(0, await page.Locator("mjx-merror").CountAsync());

            // Every receding edge of the two mathjax-style diagrams is a bar turned by 45°.
            int expected = 2 * ArrayGrid.Parse(LatexCubeRenderer.Render(SeedCube.Parse()))
                .SelectMany(r => r).Count(c => c.Contains("rotate(45deg)"));
            var transforms = await page.EvaluateAsync<string[]>(
                // In mjx-math: build mode also keeps a hidden MathML copy (with the same styles) for screen readers.
                "() => [...document.querySelectorAll('mjx-container mjx-math [style*=\"rotate\"]')].map(e => getComputedStyle(e).transform)");
            Assert.Equal(expected, transforms.Length);
            // rotate(45deg) is matrix(cos, sin, -sin, cos, 0, 0) with cos = sin ≈ 0.707.
            Assert.All(transforms, t => Assert.StartsWith("matrix(0.707", t));
            // The theme declares no favicon, so Chromium's own /favicon.ico request fails; that is not the cube's.
            var errors = session.Errors.Where(e => !e.Contains("/favicon.ico")).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));

            var folder = Path.Combine(TestSite.RepoRoot, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "magic-cubes.png"), FullPage = true });
        });
    }
}
