using System.Text.Json.Nodes;
using AngleSharp.Dom;
using Blog.Tests.Support;

namespace Blog.Tests.Reader;

/// <summary>
/// What the reader-side settings write into pages, read with AngleSharp: social cards (front
/// matter <c>image</c>, else the site's, as absolute URLs), giscus comments (off by default, per
/// post), the inline colour-scheme script, and the errors for mistakes in these settings.
/// </summary>
public sealed class ReaderSettingsTests
{
    private const string BaseUrl = "https://example.org/repo/";

    private static TestSite SiteWithPosts()
    {
        var site = TestSite.Empty();
        site.WriteFile("input/assets/card.png", "png");
        site.WriteFile("input/assets/cards/own.png", "png");
        site.WriteFile("input/posts/own.md", "---\ntitle: 有自己的图\ndate: 2024-01-01\nimage: /assets/cards/own.png\n---\n正文。\n");
        site.WriteFile("input/posts/remote.md", "---\ntitle: 图在别处\ndate: 2024-01-02\nimage: https://img.example.com/x.png\n---\n正文。\n");
        site.WriteFile("input/posts/plain.md", "---\ntitle: 没有图\ndate: 2024-01-03\n---\n正文。\n");
        site.WriteFile("input/posts/quiet.md", "---\ntitle: 不要评论\ndate: 2024-01-04\ncomments: false\n---\n正文。\n");
        site.WriteFile("input/pages/about.md", "---\ntitle: 关于\n---\n关于本站。\n");
        site.WriteFile("input/pages/guestbook.md", "---\ntitle: 留言\ncomments: true\n---\n欢迎留言。\n");
        return site;
    }

    private static string? Meta(IDocument page, string key) =>
        page.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content");

    [Fact]
    public async Task A_post_card_uses_its_own_image_else_the_sites_as_absolute_urls()
    {
        using var site = SiteWithPosts().Settings(s => s["image"] = "/assets/card.png");
        await site.BuildOkAsync(baseUrl: BaseUrl);

        var own = site.Html("2024/01/own/");
        Assert.Equal(BaseUrl + "assets/cards/own.png", Meta(own, "og:image"));
        Assert.Equal(BaseUrl + "assets/cards/own.png", Meta(own, "twitter:image"));
        Assert.Equal("summary_large_image", Meta(own, "twitter:card"));
        Assert.Equal("有自己的图", Meta(own, "og:title"));

        Assert.Equal("https://img.example.com/x.png", Meta(site.Html("2024/01/remote/"), "og:image"));
        foreach (var page in new[] { "2024/01/plain/", "", "about/", "archives/" })
        {
            Assert.Equal(BaseUrl + "assets/card.png", Meta(site.Html(page), "og:image"));
            Assert.Equal(BaseUrl + "assets/card.png", Meta(site.Html(page), "twitter:image"));
        }
    }

    [Fact]
    public async Task Without_any_image_a_card_has_no_image_and_the_small_summary_layout()
    {
        using var site = TestSite.Empty();
        site.WriteFile("input/posts/plain.md", "---\ntitle: 没有图\ndate: 2024-01-03\n---\n正文。\n");
        await site.BuildOkAsync();
        var page = site.Html("2024/01/plain/");
        Assert.Null(Meta(page, "og:image"));
        Assert.Null(Meta(page, "twitter:image"));
        Assert.Equal("summary", Meta(page, "twitter:card"));
    }

    [Fact]
    public async Task A_card_image_that_the_site_lacks_fails_the_build_as_a_broken_link()
    {
        using var site = TestSite.Empty();
        site.WriteFile("input/posts/x.md", "---\ntitle: 图不存在\ndate: 2024-01-03\nimage: /assets/missing.png\n---\n正文。\n");
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("/assets/missing.png") && d.File.EndsWith("x.md") && d.Line == 4);
    }

    [Theory]
    [InlineData("cover.png")]
    [InlineData("ftp://example.org/x.png")]
    [InlineData("//cdn.example.org/x.png")]
    public async Task A_card_image_that_is_not_a_site_path_or_http_url_is_an_error_at_its_line(string image)
    {
        using var site = TestSite.Empty();
        site.WriteFile("input/posts/x.md", $"---\ntitle: 图\ndate: 2024-01-03\nimage: {image}\n---\n正文。\n");
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics);
        Assert.EndsWith("x.md", error.File);
        Assert.Equal(4, error.Line);
        Assert.Contains($"image '{image}'", error.Message);
        Assert.Contains("site path", error.Hint);
    }

    [Fact]
    public async Task Comments_are_off_by_default_and_no_page_loads_anything_for_them()
    {
        using var site = SiteWithPosts();
        await site.BuildOkAsync();
        foreach (var file in site.HtmlFiles())
        {
            var page = site.Html(file);
            Assert.Null(page.QuerySelector(".comments"));
            Assert.DoesNotContain(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.Contains("comments.js"));
            Assert.DoesNotContain("giscus", page.DocumentElement.OuterHtml);
        }
    }

    [Fact]
    public async Task With_giscus_configured_posts_get_comments_unless_they_opt_out_and_pages_only_when_they_opt_in()
    {
        using var site = SiteWithPosts().Settings(s => s["comments"] = new JsonObject
        {
            ["giscus"] = new JsonObject
            {
                ["repo"] = "someone/blog", ["repoId"] = "R_1", ["category"] = "评论", ["categoryId"] = "DIC_1",
                ["mapping"] = "og:title", ["strict"] = true, ["reactionsEnabled"] = false, ["inputPosition"] = "top",
                ["darkTheme"] = "dark_dimmed",
            },
        });
        await site.BuildOkAsync();

        var section = site.Html("2024/01/plain/").QuerySelector("section.comments");
        Assert.NotNull(section);
        var expected = new Dictionary<string, string>
        {
            ["data-giscus-src"] = "https://giscus.app/client.js", ["data-giscus-repo"] = "someone/blog", ["data-giscus-repo-id"] = "R_1",
            ["data-giscus-category"] = "评论", ["data-giscus-category-id"] = "DIC_1", ["data-giscus-mapping"] = "og:title",
            ["data-giscus-strict"] = "1", ["data-giscus-reactions-enabled"] = "0", ["data-giscus-input-position"] = "top",
            ["data-giscus-lang"] = "zh-CN", ["data-light-theme"] = "light", ["data-dark-theme"] = "dark_dimmed",
        };
        foreach (var (name, value) in expected) Assert.Equal(value, section.GetAttribute(name));
        Assert.Single(site.Html("2024/01/plain/").QuerySelectorAll("script[src$='assets/js/comments.js']"));
        // giscus's own script is never in the page: comments.js adds it when the reader gets there.
        Assert.Empty(site.Html("2024/01/plain/").QuerySelectorAll("script[src*='giscus.app']"));

        Assert.Null(site.Html("2024/01/quiet/").QuerySelector("section.comments"));
        Assert.Null(site.Html("about/").QuerySelector("section.comments"));
        Assert.NotNull(site.Html("guestbook/").QuerySelector("section.comments"));
        Assert.Null(site.Html("").QuerySelector("section.comments"));
    }

    [Fact]
    public async Task The_giscus_language_follows_an_english_site()
    {
        using var site = SiteWithPosts().Settings(s =>
        {
            s["language"] = "en-US";
            s["comments"] = new JsonObject { ["giscus"] = ReaderSite.Giscus.DeepClone() };
        });
        await site.BuildOkAsync();
        var page = site.Html("2024/01/plain/");
        Assert.Equal("en", page.QuerySelector("section.comments")!.GetAttribute("data-giscus-lang"));
        Assert.Equal("Comments", page.QuerySelector("#post-comments-title")!.TextContent);
        Assert.Equal("Dark", page.QuerySelector("[data-theme-choice=dark]")!.GetAttribute("aria-label"));
    }

    [Theory]
    [InlineData("""{"giscus": {"repo": "someone", "repoId": "R", "category": "C", "categoryId": "D"}}""", "comments.giscus.repo 'someone'")]
    [InlineData("""{"giscus": {"repo": "someone/blog", "category": "C", "categoryId": "D"}}""", "comments.giscus.repoId is missing")]
    [InlineData("""{"giscus": {"repo": "someone/blog", "repoId": "R", "category": "C", "categoryId": "D", "mapping": "specific"}}""", "comments.giscus.mapping 'specific'")]
    [InlineData("""{"giscus": {"repo": "someone/blog", "repoId": "R", "category": "C", "categoryId": "D", "inputPosition": "left"}}""", "inputPosition 'left'")]
    [InlineData("""{}""", "names no comment service")]
    public async Task A_mistake_in_the_comment_settings_is_an_error_in_statiq_json(string comments, string message)
    {
        using var site = SiteWithPosts().Settings(s => s["comments"] = JsonNode.Parse(comments));
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("statiq.json", Path.GetFileName(error.File));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task A_comments_value_that_is_not_true_or_false_is_an_error_at_its_line()
    {
        using var site = TestSite.Empty();
        site.WriteFile("input/posts/x.md", "---\ntitle: x\ndate: 2024-01-03\ncomments: maybe\n---\n正文。\n");
        var result = await site.BuildAsync();
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(4, error.Line);
        Assert.Contains("comments must be true or false, not 'maybe'", error.Message);
    }

    [Fact]
    public async Task Every_page_sets_its_colour_scheme_with_an_inline_script_in_the_head_that_cannot_break_out()
    {
        using var site = SiteWithPosts();
        await site.BuildOkAsync();
        foreach (var file in site.HtmlFiles())
        {
            var page = site.Html(file);
            var inline = page.Head!.QuerySelectorAll("script:not([src])").Where(s => s.TextContent.Contains("data-theme")).ToList();
            var script = Assert.Single(inline);
            // Before any element of the body, and self-contained: no markup, no interpolated value.
            Assert.DoesNotContain("</", script.TextContent);
            Assert.DoesNotContain("<!--", script.TextContent);
            Assert.DoesNotContain("{{", script.TextContent);
            Assert.Null(page.DocumentElement.GetAttribute("data-theme")); // set by the script, never by the build
            Assert.NotNull(page.QuerySelector(".site-header .theme-switch [data-theme-choice=system]"));
        }
    }
}
