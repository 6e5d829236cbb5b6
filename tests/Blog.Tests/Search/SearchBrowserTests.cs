using Blog.Tests.Support;
using Microsoft.Playwright;

namespace Blog.Tests.Search;

/// <summary>
/// The site search in Chromium, over the index the build made: Chinese words, formulas by their TeX,
/// nothing from MathJax's markup; the header box and the / key; dark mode. Run against a build-mode
/// site at "/" and a client-mode site under /repo/ (the derived classes).
/// </summary>
public abstract class SearchBrowserTests<TSite>(Chromium chromium, TSite site) where TSite : SearchSiteFixture
{
    public const string Gumbel = "2019/06/reparameterization-and-gumbel-softmax/";
    public const string Hsic = "2019/08/hsic-introduction/";
    public const string MagicCube = "2019/03/magic-cube-with-latex/";

    public sealed record Result(string Href, string Title, string Meta, string Excerpt, IReadOnlyList<string> Tex);

    /// <summary>Opens the search page (already given its query) and waits until the page says it is done.</summary>
    private static async Task<IReadOnlyList<Result>> ResultsAsync(BrowserSession session)
    {
        var page = session.Page;
        await page.Locator("#search-status[data-state=done], #search-status[data-state=failed]").WaitForAsync();
        Assert.True(await page.Locator("#search-status").GetAttributeAsync("data-state") == "done",
            await page.Locator("#search-status").InnerTextAsync() + "\n" + string.Join("\n", session.Errors));
        var results = new List<Result>();
        foreach (var item in await page.Locator("#search-results > li").AllAsync())
        {
            results.Add(new Result(
                await item.Locator("h2 a").GetAttributeAsync("href") ?? "",
                await item.Locator("h2 a").InnerTextAsync(),
                await item.Locator(".search-meta").CountAsync() > 0 ? await item.Locator(".search-meta").InnerTextAsync() : "",
                await item.Locator(".search-excerpt").InnerTextAsync(),
                await item.Locator(".search-excerpt code.tex").AllInnerTextsAsync()));
        }
        return results;
    }

    private string Path(string sitePath) => new Uri(site.Server.Url(sitePath)).AbsolutePath;

    [BrowserTheory]
    [InlineData("重参数", Gumbel)]
    [InlineData("HSIC", Hsic)]
    [InlineData("幻方", MagicCube)]
    [InlineData("Gumbel", Gumbel)]
    public async Task A_word_finds_its_post_first(string query, string post)
    {
        site.AssertReady();
        await chromium.WithPageAsync(site.SearchUrl(query), async session =>
        {
            var results = await ResultsAsync(session);
            Assert.NotEmpty(results);
            Assert.Equal(Path(post), results[0].Href);
            // Only posts and pages are indexed, never list or tag pages.
            Assert.DoesNotContain(results, r => r.Href.Contains("/tags/") || r.Href.Contains("/page/") || r.Href.Contains("/archives/"));
            // Title, date and tags beside the excerpt, the match highlighted.
            Assert.False(string.IsNullOrWhiteSpace(results[0].Title));
            Assert.Matches(@"\d{4}年\d{1,2}月\d{1,2}日", results[0].Meta);
            Assert.True(await session.Page.Locator("#search-results > li").First.Locator(".search-excerpt mark").CountAsync() > 0);
            session.AssertNoErrors();
            AssertAllFromSite(session);
        });
    }

    [BrowserTheory]
    [InlineData(@"\mathrm{tr}(\boldsymbol{K}\boldsymbol{H}\boldsymbol{L}\boldsymbol{H})")]
    [InlineData(@"k\otimes l")]
    [InlineData(@"\mathbb{I}_A")]
    public async Task A_TeX_fragment_of_a_formula_finds_its_post(string tex)
    {
        site.AssertReady();
        await chromium.WithPageAsync(site.SearchUrl(tex), async session =>
        {
            var results = await ResultsAsync(session);
            Assert.NotEmpty(results);
            Assert.Equal(Path(Hsic), results[0].Href);
            // The excerpt shows the formula as TeX, in a code style.
            Assert.Contains(results[0].Tex, t => t.Contains('\\'));
            session.AssertNoErrors();
        });
    }

    [BrowserTheory]
    [InlineData("mjx")]
    [InlineData("mjx-container")]
    [InlineData("MJX-TeXAtom-ORD")]
    public async Task Words_of_MathJax_markup_find_nothing(string query)
    {
        site.AssertReady();
        await chromium.WithPageAsync(site.SearchUrl(query), async session =>
        {
            Assert.Empty(await ResultsAsync(session));
            Assert.Contains(query, await session.Page.Locator("#search-status").InnerTextAsync());
            session.AssertNoErrors();
        });
    }

    [BrowserFact]
    public async Task The_header_box_takes_the_slash_key_and_leads_to_the_search_page()
    {
        site.AssertReady();
        await chromium.WithPageAsync(site.Server.Url(Gumbel), async session =>
        {
            var page = session.Page;
            await page.Keyboard.PressAsync("/");
            Assert.Equal("site-search-input", await page.EvaluateAsync<string>("() => document.activeElement.id"));
            await page.Keyboard.TypeAsync("幻方");
            await page.Keyboard.PressAsync("Enter");
            // The results are awaited below; the load event (fonts, MathJax) is not needed for them.
            await page.WaitForURLAsync(url => url.Contains("/search/"), new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
            var results = await ResultsAsync(session);
            Assert.Equal(Path(MagicCube), results[0].Href);
            Assert.Equal("幻方", await page.Locator("#search-query").InputValueAsync());
            // Typing on the search page searches again, without a reload.
            await page.Locator("#search-query").FillAsync("HSIC");
            await page.Locator("#search-results > li h2 a[href$='hsic-introduction/']").First.WaitForAsync();
            session.AssertNoErrors();
        });
    }

    [BrowserFact]
    public async Task The_search_page_follows_dark_mode()
    {
        site.AssertReady();
        await chromium.WithPageAsync(site.SearchUrl("HSIC"), async session =>
        {
            await ResultsAsync(session);
            var colors = await session.Page.EvaluateAsync<string[]>("""
                () => [getComputedStyle(document.body).backgroundColor,
                       getComputedStyle(document.querySelector('#search-query')).backgroundColor,
                       getComputedStyle(document.querySelector('.search-result h2 a')).color]
                """);
            Assert.Equal("rgb(21, 23, 26)", colors[0]);
            Assert.Equal(colors[0], colors[1]);
            Assert.NotEqual("rgb(0, 0, 238)", colors[2]); // not the browser's default link blue
            session.AssertNoErrors();
        }, ColorScheme.Dark);
    }

    private void AssertAllFromSite(BrowserSession session)
    {
        var outside = session.Requests.Where(r => !r.StartsWith(site.Server.BaseUrl) && !r.StartsWith("data:") && !r.StartsWith("blob:")).ToList();
        Assert.True(outside.Count == 0, "requests outside the site (a CDN?):\n" + string.Join("\n", outside));
    }
}

/// <summary>Math typeset at build time, site at "/".</summary>
[Collection(ChromiumCollection.Name)]
public sealed class BuildModeSearchBrowserTests(Chromium chromium, BuildModeSearchSite site)
    : SearchBrowserTests<BuildModeSearchSite>(chromium, site), IClassFixture<BuildModeSearchSite>;

/// <summary>Math typeset in the browser, site under /repo/.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class ClientModeRepoSearchBrowserTests(Chromium chromium, ClientModeRepoSearchSite site)
    : SearchBrowserTests<ClientModeRepoSearchSite>(chromium, site), IClassFixture<ClientModeRepoSearchSite>;
