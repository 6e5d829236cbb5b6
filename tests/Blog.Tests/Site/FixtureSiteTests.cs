using System.Xml.Linq;
using Blog.Tests.Support;

namespace Blog.Tests.Site;

/// <summary>Small fixture sites built in process: escaping, drafts, pagination, reading time, base paths.</summary>
public sealed class FixtureSiteTests
{
    private static string Post(string title, string date, string body = "正文 $x$。", string extra = "") =>
        $"---\ntitle: {title}\ndate: {date}\n{extra}---\n\n{body}\n";

    private const string Evil = "<script>alert(1)</script> & \"x\"";

    [Fact]
    public async Task Front_matter_values_are_html_escaped_everywhere()
    {
        using var site = TestSite.Empty();
        site.WriteFile("input/posts/evil.md", $"""
            ---
            title: '{Evil}'
            date: 2020-01-02
            author: '<i>作者</i> & co'
            tags: ['<b>标签</b>', 'a"b']
            categories: ['<u>分类</u>']
            summary: '<img src=x onerror=alert(2)> 摘要'
            slug: evil
            ---

            正文。
            """);
        site.WriteFile("input/posts/other.md", Post("另一篇", "2020-01-01"));
        await site.BuildOkAsync();

        foreach (var file in site.HtmlFiles())
        {
            var page = site.Html(file);
            Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Contains("alert"));
            Assert.Empty(page.QuerySelectorAll("img[onerror], i, b, u"));
        }
        var post = site.Html("2020/01/evil/");
        Assert.Equal(Evil, post.QuerySelector("article.post h1")!.TextContent);
        Assert.StartsWith(Evil, post.Title);
        Assert.Equal(Evil, post.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Contains("<img src=x onerror=alert(2)> 摘要", post.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Contains("<i>作者</i> & co", post.QuerySelector(".author")!.TextContent);
        Assert.Contains("<b>标签</b>", post.QuerySelector(".tags")!.TextContent);
        Assert.Contains(Evil, post.QuerySelector(".cite-text")!.TextContent);
        Assert.Equal(Evil, site.Html("2020/01/other/").QuerySelector(".post-nav a[rel=next]")!.TextContent.TrimEnd(' ', '»'));
        Assert.Contains("<img src=x onerror=alert(2)> 摘要", site.Html("").QuerySelector(".excerpt")!.TextContent);

        var feed = XDocument.Parse(site.ReadOutput("atom.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Contains(feed.Descendants(atom + "title"), t => t.Value == Evil);
    }

    [Fact]
    public async Task Drafts_are_left_out_unless_asked_for()
    {
        using var site = TestSite.Empty();
        site.WriteFile("input/posts/done.md", Post("已发布", "2020-01-01"));
        site.WriteFile("input/posts/draft.md", Post("草稿文章", "2020-02-01", extra: "draft: true\ntags: [草稿标签]\n"));

        await site.BuildOkAsync();
        Assert.False(site.OutputExists("2020/02/draft/index.html"));
        Assert.False(site.OutputExists("tags/草稿标签/index.html"));
        foreach (var file in new[] { "index.html", "archives/index.html", "atom.xml", "sitemap.xml" })
            Assert.DoesNotContain("草稿", site.ReadOutput(file));
        Assert.Null(site.Html("2020/01/done/").QuerySelector(".post-nav a[rel=next]"));

        await site.BuildOkAsync(drafts: true);
        Assert.Equal("草稿文章", site.Html("2020/02/draft/").QuerySelector("h1")!.TextContent);
        Assert.Contains("草稿文章", site.ReadOutput("index.html"));
    }

    [Fact]
    public async Task Home_page_is_paginated()
    {
        using var site = TestSite.Empty().Settings(s => s["postsPerPage"] = 2);
        for (var i = 1; i <= 5; i++) site.WriteFile($"input/posts/p{i}.md", Post($"第{i}篇", $"2020-0{i}-01"));
        await site.BuildOkAsync();

        string[] Titles(string page) => [.. site.Html(page).QuerySelectorAll(".post-summary h2 a").Select(a => a.TextContent)];
        Assert.Equal(["第5篇", "第4篇"], Titles(""));
        Assert.Equal(["第3篇", "第2篇"], Titles("page/2/"));
        Assert.Equal(["第1篇"], Titles("page/3/"));
        Assert.False(site.OutputExists("page/4/index.html"));
        Assert.False(site.OutputExists("page/1/index.html"));

        var middle = site.Html("page/2/");
        Assert.Equal("/", middle.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/page/3/", middle.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Null(site.Html("").QuerySelector(".pagination a[rel=prev]"));
        Assert.Null(site.Html("page/3/").QuerySelector(".pagination a[rel=next]"));
    }

    [Fact]
    public async Task Reading_time_counts_chinese_characters()
    {
        using var site = TestSite.Empty();
        site.WriteFile("input/posts/short.md", Post("短文", "2020-01-01", "短短一句话。"));
        site.WriteFile("input/posts/long.md", Post("长文", "2020-01-02", string.Concat(Enumerable.Repeat("这是一段用来测试阅读时间的中文句子。", 200)))); // 3,400 characters
        site.WriteFile("input/posts/english.md", Post("English", "2020-01-03", string.Join(' ', Enumerable.Repeat("word", 1000))));
        await site.BuildOkAsync();

        int Minutes(string slug) => int.Parse(System.Text.RegularExpressions.Regex.Match(
            site.Html($"2020/01/{slug}/").QuerySelector(".post-meta")!.TextContent, @"约 (\d+) 分钟").Groups[1].Value);
        Assert.Equal(1, Minutes("short"));
        Assert.InRange(Minutes("long"), 6, 12);   // 300–500 characters a minute
        Assert.InRange(Minutes("english"), 3, 6); // 200–300 words a minute
    }

    [Fact]
    public async Task A_base_url_with_a_path_prefixes_every_link()
    {
        using var site = TestSite.Sample();
        const string baseUrl = "https://someone.github.io/repo/";
        await site.BuildOkAsync(baseUrl: baseUrl);
        var broken = LinkChecker.BrokenLinks(site, baseUrl);
        Assert.True(broken.Count == 0, string.Join("\n", broken));
        var home = site.Html("");
        Assert.All(home.QuerySelectorAll("a[href^='/'], link[href^='/'], script[src^='/']"),
            e => Assert.StartsWith("/repo/", e.GetAttribute("href") ?? e.GetAttribute("src")));
        Assert.Contains("\"/repo/assets/mathjax", home.DocumentElement.OuterHtml);
        Assert.Contains("Sitemap: https://someone.github.io/repo/sitemap.xml", site.ReadOutput("robots.txt"));
    }

    [Fact]
    public async Task A_build_replaces_the_previous_output_whole()
    {
        using var site = TestSite.Empty();
        site.WriteFile("input/posts/a.md", Post("甲", "2020-01-01"));
        await site.BuildOkAsync();
        site.DeleteFile("input/posts/a.md").WriteFile("input/posts/b.md", Post("乙", "2020-01-01"));
        await site.BuildOkAsync();
        Assert.False(site.OutputExists("2020/01/a/index.html"));
        Assert.True(site.OutputExists("2020/01/b/index.html"));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
    }
}
