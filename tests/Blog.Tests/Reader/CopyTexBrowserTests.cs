using Blog.Tests.Support;
using Microsoft.Playwright;
using static Blog.Tests.Reader.ReaderPages;

namespace Blog.Tests.Reader;

/// <summary>
/// Copy TeX in Chromium, for math typeset at build time (TeX from data-tex) and by MathJax in the
/// browser (TeX from MathJax's MathItems): a selection copies formulas as their TeX between dollars,
/// and the button on a display formula copies its TeX alone. The clipboard is read back as a reader's
/// paste would see it.
/// </summary>
public abstract class CopyTexBrowserTests(Chromium chromium, ReaderSite fixture)
{
    /// <summary>The shared browser, for the tests of the derived classes.</summary>
    protected Chromium Browser => chromium;

    private async Task OnLongPostAsync(Func<IPage, Task> check, string test) =>
        await WithPageAsync(chromium, fixture.Server.Url(ReaderSite.LongPost), async (session, _) =>
        {
            await CopyTexReadyAsync(session.Page);
            await check(session.Page);
            session.AssertNoErrors();
        }, test: test + "_" + GetType().Name);

    [BrowserFact]
    public async Task A_sentence_with_an_inline_formula_copies_with_its_TeX_between_dollars()
    {
        fixture.AssertReady();
        await OnLongPostAsync(async page =>
        {
            Assert.Equal($"勾股定理说 ${ReaderSite.InlineTex}$ 对直角三角形成立。",
                await CopySelectionAsync(page, CopyTexScripts.SentenceWithInlineFormula));
            // Starting inside the formula takes the whole formula.
            Assert.Equal($"${ReaderSite.InlineTex}$ 对直角三角形成立。",
                await CopySelectionAsync(page, CopyTexScripts.FromInsideTheFormula));
        }, nameof(A_sentence_with_an_inline_formula_copies_with_its_TeX_between_dollars));
    }

    [BrowserFact]
    public async Task A_selection_over_a_display_formula_copies_it_between_double_dollars_on_its_own_line()
    {
        fixture.AssertReady();
        await OnLongPostAsync(async page =>
        {
            var text = await CopySelectionAsync(page, CopyTexScripts.ParagraphAndDisplayFormula);
            Assert.Equal($"勾股定理说 ${ReaderSite.InlineTex}$ 对直角三角形成立。\n\n$${ReaderSite.DisplayTex}$$", text);
            Assert.DoesNotContain("TeX", text.Replace(ReaderSite.DisplayTex, "")); // no button label
        }, nameof(A_selection_over_a_display_formula_copies_it_between_double_dollars_on_its_own_line));
    }

    [BrowserFact]
    public async Task The_button_on_a_display_formula_copies_its_TeX_alone()
    {
        fixture.AssertReady();
        await OnLongPostAsync(async page =>
        {
            var formulas = page.Locator(".post-body .math.display");
            Assert.True(await formulas.CountAsync() >= 3, "display formula, environment and cube");
            foreach (var (index, expected) in new[] { (0, ReaderSite.DisplayTex), (1, ReaderSite.EnvironmentTex) })
            {
                await page.EvaluateAsync("() => navigator.clipboard.writeText('')");
                var formula = formulas.Nth(index);
                await formula.HoverAsync();
                var button = formula.Locator(".copy-tex");
                Assert.Equal("复制 TeX", (await button.TextContentAsync())?.Trim());
                await button.ClickAsync();
                await page.WaitForFunctionAsync("b => b.textContent === '已复制'", await button.ElementHandleAsync());
                Assert.Equal(expected, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
            }
        }, nameof(The_button_on_a_display_formula_copies_its_TeX_alone));
    }
}

[Collection(ChromiumCollection.Name)]
public sealed class BuildModeCopyTexBrowserTests(Chromium chromium, BuildModeReaderSite fixture)
    : CopyTexBrowserTests(chromium, fixture), IClassFixture<BuildModeReaderSite>;

[Collection(ChromiumCollection.Name)]
public sealed class ClientModeCopyTexBrowserTests(Chromium chromium, ClientModeReaderSite fixture)
    : CopyTexBrowserTests(chromium, fixture), IClassFixture<ClientModeReaderSite>
{
    [BrowserFact]
    public async Task In_client_mode_the_TeX_comes_from_MathJax_not_from_the_page_source()
    {
        fixture.AssertReady();
        await WithPageAsync(Browser, fixture.Server.Url(ReaderSite.LongPost), async (session, _) =>
        {
            await CopyTexReadyAsync(session.Page);
            // The page has no data-tex: MathJax replaced the source text by typeset math.
            Assert.Equal(0, await session.Page.Locator("[data-tex]").CountAsync());
            Assert.Equal(0, await session.Page.Locator(".math.inline:not(:has(mjx-container))").CountAsync());
            Assert.Equal($"勾股定理说 ${ReaderSite.InlineTex}$ 对直角三角形成立。",
                await CopySelectionAsync(session.Page, CopyTexScripts.SentenceWithInlineFormula));
            session.AssertNoErrors();
        });
    }
}
