using Blog.Tests.Support;
using Microsoft.Playwright;
using static Blog.Tests.Reader.ReaderPages;

namespace Blog.Tests.Reader;

/// <summary>The print stylesheet in Chromium's print media: the article alone, black on white, formulas whole.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class PrintBrowserTests(Chromium chromium, BuildModeReaderSite fixture) : IClassFixture<BuildModeReaderSite>
{
    [BrowserFact]
    public async Task Printing_hides_the_chrome_shows_link_urls_and_keeps_display_formulas_whole_black_on_white()
    {
        fixture.AssertReady();
        await WithPageAsync(chromium, fixture.Server.Url(ReaderSite.LongPost), async (session, _) =>
        {
            var page = session.Page;
            await CopyTexReadyAsync(page);
            await page.ClickAsync("[data-theme-choice=dark]"); // a reader in dark mode still prints black on white
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            var folder = Path.Combine(TestSite.RepoRoot, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            var png = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true, Path = Path.Combine(folder, "print-long-post.png") });
            Assert.NotEmpty(png);

            foreach (var chrome in new[] { ".site-header", ".site-footer", ".theme-switch", ".copy-tex", ".comments", ".post-nav" })
                Assert.False(await page.Locator(chrome).First.IsVisibleAsync(), chrome + " is printed");
            Assert.True(await page.Locator(".post-body").IsVisibleAsync());
            Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
            Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.post-body')).color"));
            Assert.Equal("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.compute-svg svg')).filter"));

            // Display formulas: not split across pages, nothing cut off or left to a scroll bar.
            var formulas = await EvaluateJsonAsync<FormulaBox[]>(page, """
                () => [...document.querySelectorAll('.post-body .math.display')].map(m => ({
                  breakInside: getComputedStyle(m).breakInside,
                  overflow: getComputedStyle(m).overflowX,
                  scrollWidth: m.scrollWidth, clientWidth: m.clientWidth,
                  height: m.getBoundingClientRect().height,
                  mathHeight: m.querySelector('mjx-container').getBoundingClientRect().height,
                }))
                """);
            Assert.NotEmpty(formulas);
            Assert.All(formulas, f =>
            {
                Assert.Equal("avoid", f.BreakInside);
                Assert.Equal("visible", f.Overflow);
                Assert.True(f.ScrollWidth <= f.ClientWidth + 1, $"formula wider than its box: {f.ScrollWidth} > {f.ClientWidth}");
                Assert.True(f.Height >= f.MathHeight - 1, $"formula cut: box {f.Height}, math {f.MathHeight}");
            });

            var after = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.post-body a[href^=\"https://www.mathjax.org\"]'), '::after').content");
            Assert.Contains("https://www.mathjax.org/", after);
            var internalLink = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.post-body a[href$=\"/2024/05/quiet/\"]'), '::after').content");
            Assert.Contains("/2024/05/quiet/", internalLink);
            session.AssertNoErrors();
        });
    }

    private sealed record FormulaBox(string BreakInside, string Overflow, double ScrollWidth, double ClientWidth, double Height, double MathHeight);
}
