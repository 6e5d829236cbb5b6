using Blog.Tests.Support;

namespace Blog.Tests.Search;

/// <summary>
/// A Chinese query that Pagefind splits into words finds every page with those words; the pages that
/// hold the query as written come first and the count is of them alone (issue 25: 无偏估计 answered
/// "找到 4 篇" when one post contains the phrase).
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class AsWrittenFirstSearchTests(Chromium chromium, AsWrittenFirstSearchTests.Site fixture) : IClassFixture<AsWrittenFirstSearchTests.Site>
{
    /// <summary>One post with 无偏估计 as written, three with 无偏 and 估计 apart; served on 127.0.0.1.</summary>
    public sealed class Site : ServedSearchSite
    {
        protected override void Write(TestSite blog)
        {
            blog.Settings(s => s["permalink"] = "/{slug}/");
            blog.WriteFile("input/posts/a.md", "---\ntitle: 其他一\ndate: 2024-01-01\nslug: a\n---\n估计的方法很多，样本均值是无偏的。估计量的方差。\n");
            blog.WriteFile("input/posts/b.md", "---\ntitle: 其他二\ndate: 2024-01-02\nslug: b\n---\n这里讨论无偏性，也讨论估计误差，估计与无偏。\n");
            blog.WriteFile("input/posts/c.md", "---\ntitle: 其他三\ndate: 2024-01-03\nslug: c\n---\n无偏的硬币；参数估计的例子，估计值。\n");
            blog.WriteFile("input/posts/phrase.md", "---\ntitle: 那一篇\ndate: 2023-01-01\nslug: phrase\n---\n样本方差除以 n-1 才是总体方差的无偏估计。\n");
        }
    }

    [BrowserFact]
    public async Task Pages_holding_the_query_as_written_come_first_and_are_the_ones_counted()
    {
        fixture.AssertReady();
        await chromium.WithPageAsync(fixture.Server.Url("search/?q=" + Uri.EscapeDataString("无偏估计")), async session =>
        {
            var page = session.Page;
            await page.Locator("#search-status[data-state=done], #search-status[data-state=failed]").WaitForAsync();
            var status = await page.Locator("#search-status").InnerTextAsync();
            var hrefs = await page.Locator("#search-results > li h2 a").EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)");
            Assert.NotEmpty(hrefs);
            Assert.Equal("/phrase/", hrefs[0]);
            Assert.StartsWith("找到 1 篇", status);
            if (hrefs.Length > 1) Assert.Contains($"另有 {hrefs.Length - 1} 篇相关", status);
            session.AssertNoErrors();
        });
    }
}
