using Blog.Tests.Support;

namespace Blog.Tests.Search;

/// <summary>
/// A page that is not indexed (<c>search: false</c> in its front matter, or <c>"search": false</c> for
/// the site) carries nothing of Pagefind's: no <c>data-pagefind-*</c> attribute on its article, its
/// meta line, its formulas (build mode) or its code; an indexed page keeps them all.
/// </summary>
public sealed class NotIndexedPageTests
{
    private const string Body = "椭圆的周长 $\\pi(a+b)$，以及\n\n$$\n\\int_0^1 x\\,dx\n$$\n\n```csharp\nvar a = 1;\n```\n\n```nosuchlanguage\nplain\n```\n";

    private static TestSite Site()
    {
        var site = TestSite.Empty(); // build mode: formulas typeset at build time
        site.WriteFile("input/posts/shown.md", "---\ntitle: 甲\ndate: 2020-01-01\ntags: [几何]\nsummary: 摘要。\n---\n\n" + Body);
        site.WriteFile("input/posts/hidden.md", "---\ntitle: 乙\ndate: 2020-01-02\ntags: [几何]\nsummary: 摘要。\nsearch: false\n---\n\n" + Body);
        site.WriteFile("input/pages/quiet.md", "---\ntitle: 页\nsearch: false\n---\n\n" + Body);
        return site;
    }

    [Fact]
    public async Task A_page_with_search_false_has_no_pagefind_attributes_and_an_indexed_one_keeps_them()
    {
        using var site = Site();
        await site.BuildOkAsync();
        foreach (var path in new[] { "2020/01/hidden/index.html", "quiet/index.html" })
        {
            var html = site.ReadOutput(path);
            Assert.DoesNotContain("data-pagefind", html);
            Assert.DoesNotContain("data-search-tex", html);
            Assert.DoesNotContain("post:body", html);
            Assert.Contains("data-tex=", html); // the formulas are there, typeset
        }
        var shown = site.Html("2020/01/shown/");
        Assert.NotNull(shown.QuerySelector("article.post[data-pagefind-body]"));
        Assert.NotNull(shown.QuerySelector(".post-meta[data-pagefind-ignore]"));
        Assert.Equal(2, shown.QuerySelectorAll("span.math.inline[data-pagefind-index-attrs='data-search-tex'][data-search-tex$=' '], div.math[data-pagefind-index-attrs='data-tex']").Length);
        Assert.NotNull(shown.QuerySelector("article > div.post-body[id='post:body']"));
        Assert.Equal(2, shown.QuerySelectorAll("pre[data-pagefind-weight='0.3'], pre > code[data-pagefind-weight='0.3']").Length);
    }

    [Fact]
    public async Task A_site_without_search_has_no_pagefind_attributes_anywhere()
    {
        using var site = Site();
        site.Settings(s => s["search"] = false);
        await site.BuildOkAsync();
        var files = site.HtmlFiles();
        Assert.Contains(files, f => f.Contains("shown"));
        Assert.All(files, f => Assert.DoesNotContain("data-pagefind", site.ReadOutput(f)));
    }
}
