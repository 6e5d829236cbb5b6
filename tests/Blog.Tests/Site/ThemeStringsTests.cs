using System.Xml.Linq;
using Blog.Tests.Support;

namespace Blog.Tests.Site;

/// <summary>
/// Text the reader sees and date formats come from the theme's string table for the site's
/// language (theme/strings/LANGUAGE.json); sitemap.xml and robots.txt come from theme templates.
/// </summary>
public sealed class ThemeStringsTests
{
    private static TestSite SiteIn(string language)
    {
        var site = TestSite.Empty();
        site.Settings(s => { s["language"] = language; s["postsPerPage"] = 1; });
        site.WriteFile("input/posts/a.md", "---\ntitle: 第一篇\ndate: 2015-05-31 10:00\ntags: [概率]\ncategories: [数学]\n---\n正文一。\n");
        site.WriteFile("input/posts/b.md", "---\ntitle: 第二篇\ndate: 2015-06-02\nupdated: 2015-06-03T01:00:00+09:00\n---\n正文二。\n");
        return site;
    }

    private static string Title(TestSite site, string page) => site.Html(page).QuerySelector("title")!.TextContent;

    [Theory]
    [InlineData("zh-CN", "文章归档", "科学空间 - 第 2 页", "标签", "标签：概率", "分类：数学", "2015年5月31日")]
    [InlineData("en", "Archive", "科学空间 - Page 2", "Tags", "Tag: 概率", "Category: 数学", "May 31, 2015")]
    [InlineData("en-US", "Archive", "科学空间 - Page 2", "Tags", "Tag: 概率", "Category: 数学", "May 31, 2015")]
    public async Task List_titles_and_dates_follow_the_language(string language, string archive, string page2, string tags,
        string tag, string category, string longDate)
    {
        using var site = SiteIn(language);
        await site.BuildOkAsync();
        Assert.StartsWith(archive, Title(site, "archives/"));
        Assert.StartsWith(page2, Title(site, "page/2/"));
        Assert.StartsWith(tags, Title(site, "tags/"));
        Assert.StartsWith(tag, Title(site, site.HtmlFiles().Single(f => f.StartsWith("tags/") && f != "tags/index.html")));
        Assert.StartsWith(category, Title(site, site.HtmlFiles().Single(f => f.StartsWith("categories/") && f != "categories/index.html")));
        var time = site.Html("2015/05/a/").QuerySelector("time")!;
        Assert.Equal(longDate, time.TextContent);
        Assert.Equal("2015-05-31T10:00:00+08:00", time.GetAttribute("datetime"));
    }

    [Fact]
    public async Task A_theme_can_change_the_words_and_the_date_format()
    {
        using var site = SiteIn("zh-CN");
        var path = site.EjectThemeFile("strings/zh-CN.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("文章归档", "全部文章").Replace("yyyy年M月d日", "yyyy/MM/dd"));
        await site.BuildOkAsync();
        Assert.StartsWith("全部文章", Title(site, "archives/"));
        Assert.Equal("2015/05/31", site.Html("2015/05/a/").QuerySelector("time")!.TextContent);
    }

    [Fact]
    public async Task A_language_without_a_string_table_is_an_error_that_names_the_file_to_add()
    {
        using var site = SiteIn("fr");
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("theme/strings/fr.json", error.ToString());
        Assert.Contains("en, zh-CN", error.ToString());
    }

    [Fact]
    public async Task A_string_table_missing_a_key_is_an_error()
    {
        // A language the built-in theme lacks: the site's table is the whole table.
        using var site = SiteIn("eo");
        site.WriteFile("theme/strings/eo.json", "{ \"archive_title\": \"Arkivo\" }");
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("theme/strings/eo.json", error.File);
        Assert.Contains("date_long_format", error.ToString());
    }

    /// <summary>A site's table holds only the keys it changes; every other key comes from the built-in table of that language.</summary>
    [Theory]
    [InlineData("en", "All posts", "Tags")]
    [InlineData("zh-CN", "全部文章", "标签")]
    public async Task A_site_table_overrides_the_built_in_one_key_by_key(string language, string archive, string tags)
    {
        using var site = SiteIn(language);
        site.WriteFile($"theme/strings/{language}.json", $$"""{ "archive_title": "{{archive}}" }""");
        await site.BuildOkAsync();
        Assert.StartsWith(archive, Title(site, "archives/"));
        Assert.StartsWith(tags, Title(site, "tags/"));
    }

    /// <summary>
    /// Every key the generator itself asks for (not only list titles: the folded code's summary, the
    /// bibliography's heading) is checked when the build starts; a table without one is an error at the
    /// file naming the key, never the key's name shown to the reader.
    /// </summary>
    [Theory]
    [InlineData("zh-CN", "compute.fold_label")]
    [InlineData("en", "compute.fold_label")]
    [InlineData("zh-CN", "references")]
    [InlineData("en", "archive_title")]
    public async Task A_string_table_without_a_key_the_generator_asks_for_is_an_error_naming_it(string language, string key)
    {
        // The built-in table without the key, as the table of a language the built-in theme lacks.
        using var site = SiteIn("eo");
        var path = Path.Combine(site.Root, "theme", "strings", "eo.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var lines = File.ReadAllLines(Path.Combine(TestSite.BuiltInTheme, "strings", language + ".json"));
        Assert.Single(lines, l => l.TrimStart().StartsWith($"\"{key}\":", StringComparison.Ordinal));
        File.WriteAllLines(path, lines.Where(l => !l.TrimStart().StartsWith($"\"{key}\":", StringComparison.Ordinal)));
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("theme/strings/eo.json", error.File);
        Assert.Contains(key, error.Message);
    }

    [Fact]
    public async Task Sitemap_and_robots_come_from_the_theme_templates()
    {
        using var site = SiteIn("zh-CN");
        site.WriteFile("theme/site/robots.sbn-txt", "User-agent: *\nDisallow: /drafts/\n\nSitemap: {{ sitemap_url }}\n# {{ site.title }} {{ site.strings.archive_title }}\n");
        await site.BuildOkAsync();
        Assert.Equal("User-agent: *\nDisallow: /drafts/\n\nSitemap: http://localhost:5080/sitemap.xml\n# 科学空间 文章归档\n", site.ReadOutput("robots.txt"));

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = XDocument.Parse(site.ReadOutput("sitemap.xml")).Root!.Elements(ns + "url")
            .ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")?.Value);
        Assert.Equal("2015-05-31", urls["http://localhost:5080/2015/05/a/"]);
        Assert.Equal("2015-06-03", urls["http://localhost:5080/2015/06/b/"]); // 01:00 in Tokyo is 00:00 in the site's +08:00
        Assert.Null(urls["http://localhost:5080/archives/"]);
        Assert.DoesNotContain(urls.Keys, u => u.EndsWith("404.html"));
    }

    [Fact]
    public async Task A_site_template_overrides_the_built_in_one_and_the_others_stay()
    {
        using var site = SiteIn("zh-CN");
        site.WriteFile("theme/site/robots.sbn-txt", "User-agent: *\n# mine\n");
        await site.BuildOkAsync();
        Assert.Equal("User-agent: *\n# mine\n", site.ReadOutput("robots.txt"));
        Assert.Contains("http://localhost:5080/2015/05/a/", site.ReadOutput("sitemap.xml")); // built-in site/sitemap.sbn-xml
    }
}
