using Blog.Tests.Support;
using Microsoft.Playwright;

namespace Blog.Tests.MathBuild;

/// <summary>
/// The sample articles typeset at build time, read with JavaScript off, against the same articles
/// typeset by MathJax in the browser (client mode). Both screenshots of every article are kept in
/// TestResults/screenshots/mathjax/ for a person to compare; the test compares what can be compared
/// mechanically: every formula is there, equation numbers and \eqref texts agree, sizes are close.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class MathBrowserTests(Chromium chromium)
{
    private static readonly bool CompareAll = Environment.GetEnvironmentVariable("MATHJAX_COMPARE_ALL") == "1";
    private static readonly string Shots = Path.Combine(TestSite.RepoRoot, "TestResults", "screenshots", "mathjax");

    [BrowserFact]
    public async Task Articles_typeset_at_build_time_read_without_javascript_like_client_mode()
    {
        // Besides the articles, the seed's magic-cube drawing: \style rotations and opacity need CHTML.
        var cube = "---\ntitle: 三阶环方\ndate: 2019-03-21\nslug: cube-diagram\n---\n\n$$\n" +
                   File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "MathBuild", "cube-diagram.tex")) + "$$\n";
        using var build = TestSite.Sample().WriteFile("input/posts/cube-diagram.md", cube);
        using var client = TestSite.Sample().WriteFile("input/posts/cube-diagram.md", cube);
        client.Settings(s => s["math"]!["render"] = "client");
        await Task.WhenAll(build.BuildOkAsync(), client.BuildOkAsync());
        await using var buildServer = await StaticServer.StartAsync(build.OutputFolder);
        await using var clientServer = await StaticServer.StartAsync(client.OutputFolder);
        Directory.CreateDirectory(Shots);

        var articles = Directory.GetFiles(Path.Combine(build.Root, "input", "posts"), "*.md").Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.True(articles.Count >= 5, "the sample site has articles");
        var pages = build.HtmlFiles().Where(f => articles.Any(a => f.EndsWith("/" + a + "/index.html"))).ToList();
        Assert.Equal(articles.Count, pages.Count);

        foreach (var page in pages)
        {
            var name = page.Split('/')[^2];
            var built = await ReadPage(buildServer.Url(page), javaScript: false, Path.Combine(Shots, name + "-build"));
            Assert.True(built.Errors.Count == 0, $"{page} (build mode):\n" + string.Join("\n", built.Errors));
            Assert.True(built.Math.Formulas > 0, $"{page} has no typeset math in build mode");
            Assert.Equal(built.Math.Elements, built.Math.Formulas);
            Assert.True(built.Math.RawTex.Length == 0, $"{page} shows raw TeX without JavaScript: {built.Math.RawTex}");
            Assert.True(built.Math.BrokenRefs.Length == 0, $"{page}: \\eqref links to no equation: {string.Join(", ", built.Math.BrokenRefs)}");
            // MathJax in the browser takes seconds a page (speech, explorer): compare the drawing and the
            // article about it (numbered equations, \eqref), or every page with MATHJAX_COMPARE_ALL=1.
            if (!CompareAll && name is not ("cube-diagram" or "magic-cube-with-latex")) continue;
            var browser = await ReadPage(clientServer.Url(page), javaScript: true, Path.Combine(Shots, name + "-client"));

            Assert.Equal(browser.Math.Formulas, built.Math.Formulas);
            Assert.Equal(browser.Math.Tags, built.Math.Tags);
            Assert.Equal(browser.Math.Refs, built.Math.Refs);
            // Same glyph metrics and layout engine: each formula's box is within a few percent of the browser's.
            for (var i = 0; i < built.Math.Widths.Length; i++)
                Assert.True(System.Math.Abs(built.Math.Widths[i] - browser.Math.Widths[i]) <= 0.08 * browser.Math.Widths[i] + 3,
                    $"{page}: formula {i} is {built.Math.Widths[i]:0}px wide in build mode, {browser.Math.Widths[i]:0}px in the browser");
        }
    }

    private static async Task<MathFacts> ReadFacts(IPage page)
    {
        var json = await page.EvaluateAsync<string>("""
            () => {
              const main = document.querySelector('main');
              const containers = [...main.querySelectorAll('mjx-container')];
              const raw = [...main.querySelectorAll('.math')].filter(e => !e.querySelector('mjx-container')).map(e => e.textContent).join(' | ');
              return JSON.stringify({
                elements: main.querySelectorAll('.math').length,
                formulas: containers.length,
                tags: [...main.querySelectorAll('mjx-labels mjx-mtd')].map(e => e.id + '=' + e.textContent),
                refs: [...main.querySelectorAll('mjx-container mjx-math a')].map(a => a.textContent),
                brokenRefs: [...main.querySelectorAll('mjx-container mjx-math a')].map(a => decodeURIComponent(a.getAttribute('href') ?? ''))
                  .filter(h => !h.startsWith('#') || !document.getElementById(h.slice(1))),
                // An inline formula may be broken across lines: add up its pieces. A drawing that math-fit.js scaled
                // to the column (CSS zoom, with JavaScript only) is measured at its own size.
                widths: containers.map(c => [...c.querySelector('mjx-math').getClientRects()].reduce((w, r) => w + r.width, 0)
                  / (parseFloat(c.closest('.math.display')?.style.zoom || '1') || 1)),
                rawTex: raw,
              });
            }
            """);
        var facts = System.Text.Json.JsonSerializer.Deserialize<MathFacts>(json, System.Text.Json.JsonSerializerOptions.Web)!;
        return facts;
    }

    private sealed record MathFacts(int Elements, int Formulas, string[] Tags, string[] Refs, string[] BrokenRefs, double[] Widths, string RawTex);

    private sealed record PageFacts(MathFacts Math, IReadOnlyList<string> Errors);

    private async Task<PageFacts> ReadPage(string url, bool javaScript, string screenshot)
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = 1000, Height = 900 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(SafetyNet.Milliseconds);
        page.SetDefaultNavigationTimeout(SafetyNet.Milliseconds);
        var failed = new List<string>();
        page.RequestFailed += (_, r) => failed.Add($"{r.Url}: {r.Failure}");
        page.Response += (_, r) => { if (r.Status >= 400) failed.Add($"{r.Url}: HTTP {r.Status}"); };
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        if (javaScript)
        {
            await page.WaitForTypesetAsync();
        }
        await page.EvaluateAsync("() => document.fonts.ready");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot + ".png", FullPage = true });
        await SaveParts(page, screenshot);
        return new PageFacts(await ReadFacts(page), failed);
    }

    private static async Task SaveParts(IPage page, string screenshot)
    {
        // The full page is too tall to look at in one piece: MATHJAX_SCREENSHOT_PARTS=1 keeps it in screen-sized parts too.
        if (Environment.GetEnvironmentVariable("MATHJAX_SCREENSHOT_PARTS") != "1") return;
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        for (var (y, part) = (0, 1); y < height; y += 1200, part++)
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = $"{screenshot}-{part}.png",
                FullPage = true,
                Clip = new Clip { X = 0, Y = y, Width = 1000, Height = System.Math.Min(1200, height - y) },
            });
    }
}
