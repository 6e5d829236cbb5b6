using Blog.Diagnostics;
using Blog.Tests.Support;

namespace Blog.Tests.Theme;

/// <summary>
/// A site's theme/ overrides the built-in theme file by file (Configuration/ThemeFolders): its layouts,
/// partials, site templates and assets win over the built-in ones of the same path, and every other file
/// still comes from the tool. Errors in an override are placed at the override's file and line.
/// </summary>
public sealed class ThemeOverrideTests
{
    private static TestSite Site() => TestSite.Empty()
        .WriteFile("input/posts/a.md", "---\ntitle: 第一篇\ndate: 2020-01-02\nslug: a\n---\n\n正文 $x$。\n");

    [Fact]
    public async Task A_site_without_theme_folder_builds_with_the_built_in_theme()
    {
        using var site = Site();
        Assert.False(Directory.Exists(Path.Combine(site.Root, "theme")));
        await site.BuildOkAsync();
        var page = site.Html("2020/01/a/");
        Assert.NotNull(page.QuerySelector("footer.site-footer"));
        Assert.True(site.OutputExists("assets/css/site.css"));
        Assert.Equal(File.ReadAllText(Path.Combine(TestSite.BuiltInTheme, "assets", "css", "site.css")), site.ReadOutput("assets/css/site.css"));
    }

    [Fact]
    public async Task One_overridden_partial_wins_and_every_other_file_stays_built_in()
    {
        using var site = Site().WriteFile("theme/partials/footer.sbn-html", "<footer class=\"mine\">{{ site.title }} · {{ include \"theme-switch\" }}</footer>\n");
        await site.BuildOkAsync();
        var page = site.Html("2020/01/a/");
        Assert.Equal("科学空间 ·", page.QuerySelector("footer.mine")!.TextContent.Trim()[..6]);
        Assert.Null(page.QuerySelector("footer.site-footer"));
        Assert.NotNull(page.QuerySelector("header")); // the built-in header partial
    }

    [Theory]
    [InlineData("assets/css/site.css", ":root { --accent: #c0ffee; }\n")]
    [InlineData("assets/js/extra.js", "console.log(1);\n")]
    public async Task A_site_asset_replaces_or_adds_to_the_built_in_ones(string path, string text)
    {
        using var site = Site().WriteFile("theme/" + path, text);
        await site.BuildOkAsync();
        Assert.Equal(text, site.ReadOutput(path));
        Assert.True(site.OutputExists("assets/css/xref.css")); // a built-in asset next to it
    }

    [Fact]
    public async Task A_sites_custom_css_loads_after_the_built_in_stylesheets_which_stay_the_tools()
    {
        using var site = Site().WriteFile("theme/assets/css/custom.css", ":root { --accent: #c0ffee; }\n");
        await site.BuildOkAsync();
        var links = site.Html("2020/01/a/").QuerySelectorAll("link[rel=stylesheet]:not([media])")
            .Select(l => l.GetAttribute("href")!).Where(h => h.Contains("/assets/css/", StringComparison.Ordinal)).ToList();
        Assert.EndsWith("assets/css/custom.css", links[^1]);
        Assert.Equal(":root { --accent: #c0ffee; }\n", site.ReadOutput("assets/css/custom.css"));
        Assert.Equal(File.ReadAllText(Path.Combine(TestSite.BuiltInTheme, "assets", "css", "site.css")), site.ReadOutput("assets/css/site.css"));
    }

    [Theory]
    [InlineData("theme/partials/footer.sbn-html", "<footer>\n\n{{ 1 + }}\n</footer>\n", 3)]
    [InlineData("theme/layouts/post.sbn-html", "<main>\n\n{{ page.title | no_such_function }}\n</main>\n", 3)]
    [InlineData("theme/site/atom.sbn-xml", "<?xml version=\"1.0\"?>\n{{ if }}\n", 2)]
    public async Task A_template_error_in_an_override_is_placed_at_its_file_and_line(string file, string text, int line)
    {
        using var site = Site().WriteFile(file, text);
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var error = result.Diagnostics.First(d => d.Severity == Severity.Error);
        Assert.Equal(file, error.File);
        Assert.Equal(line, error.Line);
    }

    [Theory]
    [InlineData("../../statiq.json")]
    [InlineData("../../input/posts/a.md")]
    [InlineData("../../../outside")]
    public async Task An_override_may_include_only_theme_files(string name)
    {
        using var site = Site().WriteFile("theme/partials/footer.sbn-html", $"<footer>{{{{ include \"{name}\" }}}}</footer>\n");
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("theme/partials/footer.sbn-html", error.File);
        Assert.Contains("outside the theme", error.Message);
    }

    [Fact]
    public async Task A_missing_partial_is_an_error_at_the_include()
    {
        using var site = Site().WriteFile("theme/partials/footer.sbn-html", "<footer>\n{{ include \"no-such-partial\" }}</footer>\n");
        var result = await site.BuildAsync();
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("theme/partials/footer.sbn-html", 2), (error.File, error.Line));
        Assert.Contains("no-such-partial", error.Message);
    }
}
