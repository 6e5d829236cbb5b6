using Blog.Tests.Support;
using Microsoft.Playwright;

namespace Blog.Tests.Preview;

/// <summary>Live reload in Chromium: the page follows the Markdown file with no action in the browser.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class BrowserLiveReloadTests(Chromium chromium)
{
    private static readonly string LongBody = string.Join("\n\n", Enumerable.Range(1, 60).Select(i => $"第 {i} 段：$a_{i}^2 + b_{i}^2$ 的一段话。"));

    [BrowserFact]
    public async Task Editing_a_post_updates_the_open_page_and_keeps_the_scroll_position()
    {
        await using var site = await PreviewSite.StartAsync(prepare: root =>
            PreviewSite.WritePost(root, "post-1", "第 1 篇", "2020-01-01", LongBody));
        await chromium.WithPageAsync(site.Url("/2020/01/post-1/").ToString(), async browser =>
        {
            var page = browser.Page;
            await WaitConnectedAsync(page);
            await page.EvaluateAsync("() => window.scrollTo(0, 700)");
            var before = await page.EvaluateAsync<double>("() => window.scrollY");
            Assert.True(before > 500, $"the page should scroll (scrollY {before})");

            PreviewSite.WritePost(site.Root, "post-1", "第 1 篇", "2020-01-01", LongBody + "\n\n浏览器里看到的新句子。");
            await page.WaitForFunctionAsync("() => document.body.innerText.includes('浏览器里看到的新句子')",
                null, new PageWaitForFunctionOptions { Timeout = SafetyNet.Milliseconds });
            await WaitConnectedAsync(page);
            // Put back at once, and again once MathJax has typeset (which changes the heights).
            try
            {
                await page.WaitForFunctionAsync($"() => Math.abs(window.scrollY - {before}) < 40", null, new PageWaitForFunctionOptions { Timeout = SafetyNet.Milliseconds });
            }
            catch (TimeoutException)
            {
                Assert.Fail($"scroll position {before} became {await page.EvaluateAsync<double>("() => window.scrollY")}");
            }
            browser.AssertNoErrors();
        });
    }

    [BrowserFact]
    public async Task A_broken_edit_shows_the_overlay_and_fixing_it_clears_it()
    {
        await using var site = await PreviewSite.StartAsync();
        await chromium.WithPageAsync(site.Url("/2020/01/post-2/").ToString(), async browser =>
        {
            var page = browser.Page;
            await WaitConnectedAsync(page);
            var file = site.PostFile("post-2");
            var good = File.ReadAllText(file);
            File.WriteAllText(file, good.Replace("date: 2020-01-02", "date: 不是日期"));
            var overlay = page.Locator("#preview-error-overlay");
            await overlay.WaitForAsync(new LocatorWaitForOptions { Timeout = SafetyNet.Milliseconds });
            var text = await overlay.InnerTextAsync();
            Assert.Contains("input/posts/post-2.md(3,7)", text); // the column of the value
            Assert.Contains("is not a date", text);
            Assert.Contains("正文 2", await page.InnerTextAsync("main")); // the last good page is still there

            File.WriteAllText(file, good.Replace("正文 2", "修好之后"));
            await page.WaitForFunctionAsync("() => document.body.innerText.includes('修好之后')",
                null, new PageWaitForFunctionOptions { Timeout = SafetyNet.Milliseconds });
            Assert.Equal(0, await page.Locator("#preview-error-overlay").CountAsync());
        });
    }

    [BrowserFact]
    public async Task A_stylesheet_change_applies_without_a_reload()
    {
        await using var site = await PreviewSite.StartAsync();
        await chromium.WithPageAsync(site.Url("/").ToString(), async browser =>
        {
            var page = browser.Page;
            await WaitConnectedAsync(page);
            await page.EvaluateAsync("() => window.previewMarker = 'still here'");
            File.AppendAllText(Path.Combine(site.Root, "theme", "assets", "css", "site.css"), "\nbody { outline: 7px solid rgb(1, 2, 3); }\n");
            await page.WaitForFunctionAsync("() => getComputedStyle(document.body).outlineWidth === '7px'",
                null, new PageWaitForFunctionOptions { Timeout = SafetyNet.Milliseconds });
            Assert.Equal("still here", await page.EvaluateAsync<string>("() => window.previewMarker"));
        });
    }

    private static Task WaitConnectedAsync(IPage page) =>
        page.WaitForFunctionAsync("() => document.documentElement.dataset.previewConnected === 'true'",
            null, new PageWaitForFunctionOptions { Timeout = SafetyNet.Milliseconds });
}
