using Blog.Tests.Support;

namespace Blog.Tests.Site;

/// <summary>Front matter <c>aliases</c> (Hugo's rule): a redirect page at each old path, in no sitemap or feed, link-checked, clashes reported with both files.</summary>
public sealed class AliasTests
{
    private static TestSite Site()
    {
        var site = TestSite.Empty();
        site.Settings(s => s["math"] = new System.Text.Json.Nodes.JsonObject { ["render"] = "client" });
        return site;
    }

    [Fact]
    public async Task Each_alias_gets_a_redirect_page_to_the_post()
    {
        using var site = Site();
        site.WriteFile("input/posts/a.md", "---\ntitle: 甲\ndate: 2020-01-02\nslug: a\naliases: [/2020/01/02/a.html, /old/a/, /p/7]\n---\n\n正文。\n");
        await site.BuildOkAsync();
        foreach (var path in new[] { "2020/01/02/a.html", "old/a/index.html", "p/7/index.html" })
        {
            var page = TestSite.ParseHtml(site.ReadOutput(path));
            Assert.Equal("0; url=/2020/01/a/", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
            Assert.Equal("http://localhost:5080/2020/01/a/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        }
        var sitemap = site.ReadOutput("sitemap.xml");
        Assert.DoesNotContain("a.html", sitemap);
        Assert.DoesNotContain("/old/", sitemap);
        Assert.DoesNotContain("/old/", site.ReadOutput("atom.xml"));
    }

    [Fact]
    public async Task A_page_can_have_aliases_and_the_redirect_follows_the_base_path()
    {
        using var site = Site();
        site.WriteFile("input/pages/about.md", "---\ntitle: 关于\naliases:\n  - /about.html\n---\n\n关于。\n");
        await site.BuildOkAsync(baseUrl: "https://u.github.io/repo/");
        var page = TestSite.ParseHtml(site.ReadOutput("about.html"));
        Assert.Equal("0; url=/repo/about/", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal("https://u.github.io/repo/about/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/2020/01/b/")]          // the other post's own page
    [InlineData("/2020/01/b/index.html")]
    public async Task An_alias_on_a_page_s_path_is_an_error_naming_both_files(string alias)
    {
        using var site = Site();
        site.WriteFile("input/posts/a.md", $"---\ntitle: 甲\ndate: 2020-01-02\nslug: a\naliases: [\"{alias}\"]\n---\n\n正文。\n");
        site.WriteFile("input/posts/b.md", "---\ntitle: 乙\ndate: 2020-01-03\nslug: b\n---\n\n正文。\n");
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Message.Contains("alias"));
        Assert.Equal(5, error.Line); // the aliases: line
        Assert.Contains("input/posts/a.md", error.ToString());
        Assert.Contains("input/posts/b.md", error.Message);
    }

    [Fact]
    public async Task Two_aliases_on_one_path_is_an_error_naming_both_files()
    {
        using var site = Site();
        site.WriteFile("input/posts/a.md", "---\ntitle: 甲\ndate: 2020-01-02\nslug: a\naliases: [/old.html]\n---\n\n正文。\n");
        site.WriteFile("input/posts/b.md", "---\ntitle: 乙\ndate: 2020-01-03\nslug: b\naliases: [/old.html]\n---\n\n正文。\n");
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Message.Contains("alias"));
        Assert.Contains("input/posts/a.md", error.ToString());
        Assert.Contains("input/posts/b.md", error.ToString());
    }

    [Theory]
    [InlineData("old/a/")]
    [InlineData("/a?p=1")]
    [InlineData("/../x/")]
    [InlineData("//evil.example/")]
    public async Task An_alias_that_is_not_a_site_path_is_an_error_at_its_line(string alias)
    {
        using var site = Site();
        site.WriteFile("input/posts/a.md", $"---\ntitle: 甲\ndate: 2020-01-02\naliases: [\"{alias}\"]\n---\n\n正文。\n");
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(4, error.Line);
        Assert.Contains(alias, error.Message);
    }

    [Fact]
    public async Task Links_to_an_alias_pass_the_link_check()
    {
        using var site = Site();
        site.WriteFile("input/posts/a.md", "---\ntitle: 甲\ndate: 2020-01-02\nslug: a\naliases: [/2020/01/02/a.html]\n---\n\n正文。\n");
        site.WriteFile("input/posts/b.md", "---\ntitle: 乙\ndate: 2020-01-03\nslug: b\n---\n\n见[旧址](/2020/01/02/a.html)。\n");
        await site.BuildOkAsync();
    }
}
