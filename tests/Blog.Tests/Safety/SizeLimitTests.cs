using Blog.Tests.Support;

namespace Blog.Tests.Safety;

/// <summary>
/// Issue 18.1: no size limit cuts a page silently. Scriban's defaults cut every rendered page and
/// every string conversion at 1,048,576 characters; a limit that remains (template loops) fails the
/// build at the template's line and names its setting.
/// </summary>
public sealed class SizeLimitTests
{
    // Search is off: these tests are about Scriban's cuts. Pagefind's Chinese segmentation of one
    // unbroken run of 1.2 million CJK characters takes minutes (8 min at load 8, 51 min at load 40
    // on 2 cores), which is Pagefind's cost, not what is tested here (noted in bench/README.md).
    private static TestSite ClientSite() => SafetySite.New().Settings(s => s["search"] = false);

    [Fact]
    public async Task A_body_over_one_MiB_is_written_whole()
    {
        using var site = ClientSite();
        var body = new string('a', 1_050_000);
        site.WriteFile("input/posts/big.md", $"---\ntitle: 大文章\ndate: 2020-01-01\nslug: big\n---\n\n{body}\n\n结尾段落。\n");
        await site.BuildOkAsync();

        var html = site.ReadOutput("2020/01/big/index.html");
        Assert.EndsWith("</html>", html.TrimEnd());
        var text = site.Html("2020/01/big/").QuerySelector("article")!.TextContent;
        Assert.Contains(body, text);
        Assert.Contains("结尾段落。", text);
    }

    [Fact]
    public async Task A_summary_over_one_MiB_reaches_the_home_page_whole()
    {
        using var site = ClientSite();
        var summary = string.Concat(Enumerable.Repeat("概要", 600_000)) + "完";
        site.WriteFile("input/posts/long.md", $"---\ntitle: 长概要\ndate: 2020-01-01\nslug: long\nsummary: {summary}\n---\n\n正文。\n");
        site.WriteFile("input/posts/other.md", "---\ntitle: 另一篇\ndate: 2019-01-01\nslug: other\n---\n\n正文。\n");
        await site.BuildOkAsync();

        var home = site.ReadOutput("index.html");
        Assert.EndsWith("</html>", home.TrimEnd());
        var excerpts = site.Html("").QuerySelectorAll(".post-summary .excerpt").Select(e => e.TextContent.Trim()).ToList();
        Assert.Contains(summary, excerpts);
        Assert.Equal(2, excerpts.Count); // the post after the long one is still listed
    }

    [Fact]
    public async Task A_template_past_the_loop_limit_fails_at_its_line_and_names_the_setting()
    {
        using var site = ClientSite().Settings(s => s["limits"] = new System.Text.Json.Nodes.JsonObject { ["templateLoops"] = 50 });
        site.WriteFile("theme/layouts/loop.sbn-html", "<p>\n{{ for i in 1..100 }}{{ i }}{{ end }}\n</p>\n");
        site.WriteFile("input/posts/x.md", "---\ntitle: 循环\ndate: 2020-01-01\nlayout: loop\n---\n\n正文。\n");
        var result = await site.BuildAsync();

        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Blog.Diagnostics.Severity.Error);
        Assert.Equal("theme/layouts/loop.sbn-html", error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains("limits.templateLoops", error.Message + error.Hint);
    }
}
