using System.Text.Json;
using Blog.Diagnostics;
using Blog.Tests.Support;

namespace Blog.Tests.Search;

/// <summary>
/// The search index a build writes (Pagefind, over the staged output): which pages it holds, the
/// settings that turn it off or move it, the marks the theme and the renderers leave for it, and a
/// failing indexer failing the build while the previous output stays.
/// </summary>
public sealed class SearchIndexTests
{
    private static TestSite SmallSite()
    {
        var site = TestSite.Empty();
        site.Settings(s => s["math"]!["render"] = "client");
        site.WriteFile("input/posts/a.md", "---\ntitle: 甲\ndate: 2020-01-01\ntags: [几何]\nsummary: 关于椭圆的摘要。\n---\n\n椭圆的周长 $\\pi(a+b)$。\n\n```csharp\nvar ellipse = 1;\n```\n\n    indented code\n");
        site.WriteFile("input/posts/b.md", "---\ntitle: 乙\ndate: 2020-01-02\n---\n\n双曲线。\n");
        site.WriteFile("input/posts/hidden.md", "---\ntitle: 丙\ndate: 2020-01-03\nsearch: false\n---\n\n不进搜索。\n");
        site.WriteFile("input/pages/about.md", "---\ntitle: 关于\n---\n\n本站简介。\n");
        return site;
    }

    private static int PageCount(TestSite site, string folder = "pagefind")
    {
        using var entry = JsonDocument.Parse(site.ReadOutput(folder + "/pagefind-entry.json"));
        return entry.RootElement.GetProperty("languages").EnumerateObject().Sum(l => l.Value.GetProperty("page_count").GetInt32());
    }

    [Fact]
    public async Task The_index_holds_posts_and_pages_but_no_list_pages_and_no_excluded_post()
    {
        using var site = SmallSite();
        var result = await site.BuildOkAsync();

        // Two posts and the about page; not the third post (search: false), nor home, archive, tag pages.
        Assert.Equal(3, PageCount(site));
        Assert.Equal(["/2020/01/a/", "/2020/01/b/", "/about/"], result.Search!.Pages.Select(p => p.Url).Order(StringComparer.Ordinal));
        Assert.True(site.OutputExists("2020/01/hidden/index.html"));
        Assert.True(site.OutputExists("pagefind/pagefind.js"));
        Assert.Contains("search/index", result.Timings.Keys);

        // The theme marks what is indexed and what is shown beside a result.
        var post = site.Html("2020/01/a/");
        Assert.NotNull(post.QuerySelector("article.post[data-pagefind-body]"));
        Assert.NotNull(post.QuerySelector(".post-meta[data-pagefind-ignore]"));
        Assert.Equal("2020年1月1日", post.QuerySelector("data[data-pagefind-meta='date[value]']")?.GetAttribute("value"));
        Assert.Equal("几何", post.QuerySelector("data[data-pagefind-filter='tag[value]']")?.GetAttribute("value"));
        Assert.Contains("关于椭圆的摘要", post.QuerySelector("article p[hidden]")?.TextContent);
        // Code counts low, highlighted or not.
        Assert.Equal(2, post.QuerySelectorAll("pre[data-pagefind-weight='0.3'], pre > code[data-pagefind-weight='0.3']").Length);
        // List pages carry no data-pagefind-body.
        Assert.Null(site.Html("").QuerySelector("[data-pagefind-body]"));

        // The search box in every header, and the search page with the bundle's address.
        var box = site.Html("").QuerySelector("header form[role=search]");
        Assert.Equal("/search/", box?.GetAttribute("action"));
        Assert.Equal("/pagefind/", site.Html("search/").QuerySelector("#search-status")?.GetAttribute("data-bundle"));
    }

    [Fact]
    public async Task Search_false_in_statiq_json_builds_no_index_no_box_and_no_page()
    {
        using var site = SmallSite();
        site.Settings(s => s["search"] = false);
        var result = await site.BuildOkAsync();
        Assert.Null(result.Search);
        Assert.False(Directory.Exists(Path.Combine(site.OutputFolder, "pagefind")));
        Assert.False(site.OutputExists("search/index.html"));
        Assert.Null(site.Html("").QuerySelector("form[role=search]"));
        Assert.Null(site.Html("2020/01/a/").QuerySelector("[data-pagefind-body]"));
    }

    [Fact]
    public async Task A_folder_named_in_statiq_json_holds_the_index_under_the_base_path()
    {
        using var site = SmallSite();
        site.Settings(s => s["search"] = new System.Text.Json.Nodes.JsonObject { ["folder"] = "find" });
        await site.BuildOkAsync(baseUrl: "https://user.github.io/repo/");
        Assert.Equal(3, PageCount(site, "find"));
        Assert.False(Directory.Exists(Path.Combine(site.OutputFolder, "pagefind")));
        var status = site.Html("search/").QuerySelector("#search-status")!;
        Assert.Equal("/repo/find/", status.GetAttribute("data-bundle"));
        Assert.Equal("/repo/", status.GetAttribute("data-base"));
    }

    [Fact]
    public async Task A_link_to_the_search_bundle_is_not_a_broken_link()
    {
        using var site = SmallSite();
        site.WriteFile("input/posts/b.md", "---\ntitle: 乙\ndate: 2020-01-02\n---\n\n见 [索引脚本](/pagefind/pagefind.js) 与 [搜索页](/search/)。\n");
        var result = await site.BuildOkAsync();
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("pagefind") || d.Message.Contains("search"));
    }

    [Theory]
    [InlineData("3", "search must be true, false or an object")]
    [InlineData("{ \"folder\": \"a/b\" }", "search.folder 'a/b' is not a folder name")]
    [InlineData("{ \"colour\": 1 }", "search.colour")]
    public async Task A_bad_search_setting_is_an_error_in_statiq_json(string value, string words)
    {
        using var site = SmallSite();
        var path = Path.Combine(site.Root, "statiq.json");
        File.WriteAllText(path, File.ReadAllText(path).TrimEnd().TrimEnd('}') + ", \"search\": " + value + " }");
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("statiq.json", Path.GetFileName(error.File));
        Assert.Contains(words, error.Message);
    }

    [Fact]
    public async Task A_bad_search_flag_in_front_matter_is_an_error_at_its_line()
    {
        using var site = SmallSite();
        site.WriteFile("input/posts/b.md", "---\ntitle: 乙\ndate: 2020-01-02\nsearch: maybe\n---\n\n双曲线。\n");
        var result = await site.BuildAsync();
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(4, error.Line);
        Assert.Contains("search must be true or false", error.Message);
    }

    [Fact]
    public async Task A_failing_indexer_fails_the_build_with_its_message_and_keeps_the_previous_output()
    {
        using var site = SmallSite();
        await site.BuildOkAsync();
        var before = TestSite.HashFolder(site.OutputFolder);

        // Client-mode math needs no Node at build time; only the indexer does. A page changes, so the
        // last index cannot be reused (SearchIndexCache) and the indexer must run.
        site.Settings(s => s["math"]!["node"] = "/nonexistent/node");
        site.WriteFile("input/posts/b.md", "---\ntitle: 乙\ndate: 2020-01-02\n---\n\n双曲线,改过。\n");
        var result = await site.BuildAsync();

        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("search index", error.Message);
        Assert.Contains("/nonexistent/node", error.Message);
        Assert.Equal(before, TestSite.HashFolder(site.OutputFolder));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
    }
}
