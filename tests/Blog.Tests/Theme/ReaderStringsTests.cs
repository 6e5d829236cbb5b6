using System.Text.Json;
using System.Text.RegularExpressions;
using Blog.Tests.Support;

namespace Blog.Tests.Theme;

/// <summary>
/// The words of the reader's controls (search box and page, comments, colour scheme, copy TeX) come
/// from the theme's string table <c>site.strings</c>, never from a language branch in a template or
/// from C#; every key a template asks for is in both default tables.
/// </summary>
public sealed partial class ReaderStringsTests
{
    private static readonly string Theme = TestSite.BuiltInTheme;

    private static Dictionary<string, string> Table(string language) => JsonSerializer.Deserialize<Dictionary<string, string>>(
        File.ReadAllText(Path.Combine(Theme, "strings", language + ".json")),
        new JsonSerializerOptions { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!;

    private static IEnumerable<string> Templates() => Directory.EnumerateFiles(Theme, "*.sbn-*", SearchOption.AllDirectories);

    [Fact]
    public void Every_key_a_template_uses_is_in_both_tables_and_no_template_branches_on_the_language()
    {
        var (zh, en) = (Table("zh-CN"), Table("en"));
        Assert.Equal(zh.Keys.Order(), en.Keys.Order());
        var used = Templates().SelectMany(t => KeyUse().Matches(File.ReadAllText(t)).Select(m => (Template: t, Key: m.Groups[1].Value))).ToList();
        Assert.Contains(used, u => u.Key == "search.box_placeholder");
        Assert.All(used, u => Assert.True(zh.ContainsKey(u.Key), $"{u.Template} uses {u.Key}, which theme/strings/zh-CN.json lacks"));
        Assert.All(Templates(), t => Assert.DoesNotMatch("starts_with \"zh\"|if zh", File.ReadAllText(t)));
    }

    [Theory]
    [InlineData("zh-CN", "搜索", "搜索（按 / 键）", "深色", "复制 TeX", "没有找到与“{query}”相关的文章。")]
    [InlineData("en", "Search", "Search (press /)", "Dark", "Copy TeX", "Nothing found for “{query}”.")]
    public async Task The_controls_speak_the_site_language(string language, string searchTitle, string placeholder, string dark,
        string copyTex, string none)
    {
        using var site = TestSite.Empty();
        site.Settings(s => s["language"] = language);
        site.WriteFile("input/posts/a.md", "---\ntitle: 一\ndate: 2015-05-31\n---\n正文 $x$。\n");
        await site.BuildOkAsync();
        var search = site.Html("search/index.html");
        Assert.Equal(searchTitle, search.QuerySelector("h1")!.TextContent);
        Assert.Equal(none, search.QuerySelector("#search-status")!.GetAttribute("data-text-none"));
        var post = site.Html("2015/05/a/index.html");
        Assert.Equal(placeholder, post.QuerySelector("#site-search-input")!.GetAttribute("placeholder"));
        Assert.Equal(dark, post.QuerySelector("[data-theme-choice=dark]")!.GetAttribute("aria-label"));
        Assert.Equal(copyTex, post.QuerySelector("script[src$='copy-tex.js']")!.GetAttribute("data-label"));
    }

    [Theory]
    [InlineData("zh-CN", null, "代码")]
    [InlineData("en", null, "Code")]
    [InlineData("en", "Show <the> code", "Show <the> code")] // a theme's own words, escaped as text
    public async Task Folded_compute_code_is_summarised_in_the_site_language(string language, string? themeWords, string summary)
    {
        using var site = TestSite.Empty();
        site.Settings(s => { s["language"] = language; s["search"] = false; });
        if (themeWords is not null)
            site.WriteFile("theme/strings/en.json", File.ReadAllText(Path.Combine(Theme, "strings", "en.json"))
                .Replace("\"compute.fold_label\": \"Code\"", $"\"compute.fold_label\": \"{themeWords}\""));
        site.WriteFile("input/posts/a.md", "---\ntitle: 一\ndate: 2015-05-31\n---\n```{csharp}\n//| echo: fold\nConsole.WriteLine(6 * 7);\n```\n");
        await site.BuildOkAsync();
        var fold = site.Html("2015/05/a/index.html").QuerySelector("details.compute-fold > summary")!;
        Assert.Equal(summary, fold.TextContent);
        Assert.Empty(fold.Children); // "<the>" stayed text, not a tag
    }

    [Fact]
    public async Task A_theme_table_changes_the_words_without_touching_a_template()
    {
        using var site = TestSite.Empty();
        site.Settings(s => s["language"] = "en");
        var en = File.ReadAllText(Path.Combine(Theme, "strings", "en.json"))
            .Replace("\"search.title\": \"Search\"", "\"search.title\": \"Find <it>\"").Replace("\"Copy TeX\"", "\"Copy the TeX\"");
        site.WriteFile("theme/strings/en.json", en);
        site.WriteFile("input/posts/a.md", "---\ntitle: One\ndate: 2015-05-31\n---\nText $x$.\n");
        await site.BuildOkAsync();
        Assert.Equal("Find <it>", site.Html("search/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("Copy the TeX", site.Html("2015/05/a/index.html").QuerySelector("script[src$='copy-tex.js']")!.GetAttribute("data-label"));
    }

    [GeneratedRegex("site\\.strings\\[\"([^\"]+)\"\\]")]
    private static partial Regex KeyUse();
}
