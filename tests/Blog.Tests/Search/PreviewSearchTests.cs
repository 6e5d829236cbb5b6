using Blog.Tests.Preview;
using Blog.Tests.Support;

namespace Blog.Tests.Search;

/// <summary>
/// Search in the preview: the index is made again in the background after a rebuild, so a word
/// just written into a post is found, while the reload itself does not wait for the index.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class PreviewSearchTests(Chromium chromium)
{
    private static async Task<IReadOnlyList<string>> SearchAsync(BrowserSession session, Uri searchPage, string query)
    {
        await session.GotoAsync(searchPage + "?q=" + Uri.EscapeDataString(query));
        await session.Page.Locator("#search-status[data-state=done], #search-status[data-state=failed]").WaitForAsync();
        Assert.Equal("done", await session.Page.Locator("#search-status").GetAttributeAsync("data-state"));
        return await session.Page.Locator("#search-results > li h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
    }

    [BrowserTheory]
    [InlineData(null)]
    [InlineData("http://localhost:5080/repo/")]
    public async Task A_word_just_added_to_a_post_is_found_after_the_rebuild(string? baseUrl)
    {
        await using var site = await PreviewSite.StartAsync(baseUrl);
        var session = site.Host.Session;
        var search = session.Search!;
        await search.WhenIndexedAsync(session.Generations.Current!.Number);
        Assert.Null(search.LastError);
        var searchPage = new Uri(site.Host.Home, "search/");

        await chromium.WithPageAsync(searchPage.ToString(), async browser =>
        {
            Assert.Empty(await SearchAsync(browser, searchPage, "椭圆积分"));
            Assert.Contains(new Uri(site.Host.Home, "2020/01/post-2/").AbsolutePath, await SearchAsync(browser, searchPage, "正文"));

            PreviewSite.WritePost(site.Root, "post-2", "第 2 篇", "2020-01-02", "正文 2：这里新写了椭圆积分。");
            Assert.Equal("reload", (await site.Events.NextAsync("reload", "failed")).Name);
            await search.WhenIndexedAsync(session.Generations.Current!.Number);
            Assert.Null(search.LastError);

            var found = await SearchAsync(browser, searchPage, "椭圆积分");
            Assert.Equal([new Uri(site.Host.Home, "2020/01/post-2/").AbsolutePath], found);
            browser.AssertNoErrors();
        });
        Assert.Contains("Search index:", site.Log);
    }
}
