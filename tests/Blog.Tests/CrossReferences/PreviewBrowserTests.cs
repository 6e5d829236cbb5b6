using Blog.Tests.Support;
using Microsoft.Playwright;

namespace Blog.Tests.CrossReferences;

/// <summary>
/// theme/assets/js/xref-preview.js in Chromium: hovering, focusing or tapping a reference shows the
/// referenced theorem or equation with its formulas typeset, from this post or another, in both
/// math modes and in dark mode; Escape hides it.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class PreviewBrowserTests(Chromium chromium, PreviewSites sites) : IClassFixture<PreviewSites>
{
    private const string Ready = "#xref-preview[data-state=ready]";

    private static async Task WaitForMathAsync(IPage page, string mode)
    {
        if (mode == "client") await page.WaitForTypesetAsync();
    }

    [BrowserTheory]
    [InlineData("build")]
    [InlineData("client")]
    public async Task Hovering_a_reference_shows_the_theorem_of_this_post_with_its_math_typeset(string mode)
    {
        await chromium.WithPageAsync(sites.Url(mode, "/2020/01/init/"), async session =>
        {
            var page = session.Page;
            await WaitForMathAsync(page, mode);
            await page.HoverAsync("a.xref[href='#thm-local']");
            var popover = await page.WaitForSelectorAsync(Ready);
            Assert.True(await popover!.IsVisibleAsync());
            Assert.Contains("本地定理", await popover.TextContentAsync());
            Assert.NotNull(await popover.QuerySelectorAsync("mjx-container"));
            Assert.Equal("xref-preview", await page.GetAttributeAsync("a.xref[href='#thm-local']", "aria-describedby"));
            session.AssertNoErrors();
        });
    }

    [BrowserTheory]
    [InlineData("build")]
    [InlineData("client")]
    public async Task A_reference_into_another_post_previews_its_corollary_with_the_equation_numbered_as_there(string mode)
    {
        await chromium.WithPageAsync(sites.Url(mode, "/2020/01/init/"), async session =>
        {
            var page = session.Page;
            await WaitForMathAsync(page, mode);
            var link = page.Locator("a.xref[href$='#cor-orthogonal']");
            Assert.Equal("《随机向量的夹角》推论 1", await link.TextContentAsync());
            await link.HoverAsync();
            var popover = await page.WaitForSelectorAsync(Ready);
            var text = await popover!.TextContentAsync();
            Assert.Contains("推论 1", text);
            Assert.Contains("几乎正交", text);
            Assert.True(await popover.QuerySelectorAsync("mjx-container") is not null, "the corollary's math is not typeset");
            Assert.Null(await popover.QuerySelectorAsync("mjx-merror, [data-mjx-error]"));
            // The corollary's equation is the second of its page: (2) in the preview too.
            Assert.Contains("(2)", text);

            await page.Mouse.MoveAsync(0, 0);
            await page.WaitForSelectorAsync("#xref-preview", new() { State = WaitForSelectorState.Hidden });

            await page.HoverAsync("a.xref[href$='#mjx-eqn:eq-limit']");
            var equation = await page.WaitForSelectorAsync(Ready);
            Assert.Contains("(2)", await equation!.TextContentAsync());
            Assert.NotNull(await equation.QuerySelectorAsync("mjx-container"));
            session.AssertNoErrors();
        });
    }

    [BrowserFact]
    public async Task Keyboard_focus_shows_the_preview_and_Escape_hides_it_in_dark_mode()
    {
        await chromium.WithPageAsync(sites.Url("build", "/2020/01/init/"), async session =>
        {
            var page = session.Page;
            await page.FocusAsync("a.xref[href='#thm-local']");
            var popover = await page.WaitForSelectorAsync(Ready);
            var colors = await page.EvaluateAsync<string[]>("() => { const s = getComputedStyle(document.getElementById('xref-preview')); return [s.backgroundColor, s.color, getComputedStyle(document.body).backgroundColor]; }");
            Assert.Equal(colors[2], colors[0]); // the page's own (dark) background, not a white box
            Assert.NotEqual(colors[0], colors[1]);
            await page.Keyboard.PressAsync("Escape");
            await page.WaitForSelectorAsync("#xref-preview", new() { State = WaitForSelectorState.Hidden });
            Assert.Equal("a", await page.EvaluateAsync<string>("() => document.activeElement.tagName.toLowerCase()"));
        }, ColorScheme.Dark);
    }

    [BrowserFact]
    public async Task On_a_touch_screen_the_first_tap_opens_the_preview_and_the_second_follows_the_link()
    {
        await chromium.WithPageAsync(sites.Url("build", "/2020/01/init/"), async session =>
        {
            var page = session.Page;
            const string tap = """
                (selector) => {
                  const link = document.querySelector(selector);
                  link.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true }));
                  link.click();
                }
                """;
            const string selector = "a.xref[href$='#cor-orthogonal']";
            await page.EvaluateAsync(tap, selector);
            await page.WaitForSelectorAsync(Ready);
            Assert.EndsWith("/2020/01/init/", page.Url);
            var navigated = page.WaitForURLAsync(url => url.EndsWith("/2020/01/vectors/#cor-orthogonal", StringComparison.Ordinal));
            await page.EvaluateAsync(tap, selector);
            await navigated;
            Assert.EndsWith("/2020/01/vectors/#cor-orthogonal", page.Url);
        });
    }
}
