using Blog.Diagnostics;
using Blog.Tests.Support;

namespace Blog.Tests.Publishing;

/// <summary>
/// A broken link is reported where it was written: the renderers record each link with its Markdown line and
/// column, wherever the link stands (a note, a table cell, a theorem's name, the title, raw HTML), and a link
/// the theme's templates write names the layout.
/// </summary>
public sealed class RecordedLinkPlacesTests
{
    // Four lines of front matter: the body's line n is the file's line n + 4.
    private static async Task<IReadOnlyList<Diagnostic>> ErrorsOf(string body, string title = "测试", Action<TestSite>? more = null)
    {
        using var site = TestSite.Empty();
        site.WriteFile("input/posts/x.md", $"---\ntitle: {title}\ndate: 2020-02-01\n---\n" + body);
        site.Settings(s => s["math"]!["render"] = "client");
        more?.Invoke(site);
        var result = await site.BuildAsync(baseUrl: "https://user.github.io/repo/");
        Assert.False(result.Success);
        return result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
    }

    private static void AssertAt(IReadOnlyList<Diagnostic> errors, string url, int line, int column)
    {
        var error = Assert.Single(errors);
        Assert.Contains(url, error.Message);
        Assert.Equal(("input/posts/x.md", line, column), (error.File, error.Line, error.Column));
    }

    [Theory]
    [InlineData("正文[^1]。\n\n[^1]: 见 [坏](/nope-note/)。\n", "/nope-note/", 7, 9)]
    [InlineData("正文^[行内注 [坏](/nope-inline-note/)]。\n", "/nope-inline-note/", 5, 9)]
    [InlineData("| a | b |\n|---|---|\n| x | [坏](/nope-cell/) |\n", "/nope-cell/", 7, 7)]
    [InlineData("> 引用\n> - 列表 [坏](/nope-quote/)\n", "/nope-quote/", 6, 8)]
    [InlineData("::: {#thm-a .theorem name=\"见 [坏](/nope-name/)\"}\n内容。\n:::\n", "/nope-name/", 5, 30)]
    [InlineData("文字\n\n<p>原始 <a href=\"/nope-raw/\">x</a></p>\n", "/nope-raw/", 7, 7)]
    [InlineData("文字 <img src=\"/nope-raw-inline.png\"> 后\n", "/nope-raw-inline.png", 5, 4)]
    [InlineData("![图](/nope-image.png)\n", "/nope-image.png", 5, 1)]
    [InlineData("## 节 [坏](/nope-heading/)\n\n[TOC]\n", "/nope-heading/", 5, 6)]
    public async Task A_broken_link_is_reported_at_its_line_and_column(string body, string url, int line, int column) =>
        AssertAt(await ErrorsOf(body), url, line, column);

    /// <summary>
    /// A title is link text on list pages, so its links are words; an image stays an image, written in the page's
    /// heading and on list pages: one error, at the title's line and the image's column in it.
    /// </summary>
    [Theory]
    [InlineData("见 ![图](/nope-title.png)", 10)]
    [InlineData("\"见 ![图](/nope-title.png)\"", 11)]
    [InlineData("'见 ![图](/nope-title.png)'", 11)]
    public async Task A_broken_image_in_the_title_is_reported_at_the_title_line_and_column(string title, int column)
    {
        var errors = await ErrorsOf("正文\n", title: title);
        var error = Assert.Single(errors);
        Assert.Contains("/nope-title.png", error.Message);
        Assert.Equal(("input/posts/x.md", 2, column), (error.File, error.Line, error.Column));
    }

    [Fact]
    public async Task A_fragment_link_to_a_note_or_heading_that_exists_passes()
    {
        using var site = TestSite.Empty();
        site.WriteFile("input/posts/x.md", "---\ntitle: t\ndate: 2020-02-01\n---\n## 节 {#s}\n\n[上](#s) [注](#fn:1) 正文[^1]\n\n[^1]: 注。\n");
        var result = await site.BuildAsync(baseUrl: "https://user.github.io/repo/");
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public async Task A_broken_link_written_by_the_post_layout_names_the_layout_once()
    {
        var errors = await ErrorsOf("正文\n", more: s =>
        {
            s.WriteFile("input/posts/y.md", "---\ntitle: y\ndate: 2020-02-02\n---\n另一篇\n");
            var layout = s.EjectThemeFile("layouts/post.sbn-html");
            File.AppendAllText(layout, "\n<a href=\"{{ site.base_path }}no-such-page/\">x</a>\n");
        });
        var error = Assert.Single(errors); // two posts, one report: the layout is the place to fix
        Assert.Equal("theme/layouts/post.sbn-html", error.File);
        Assert.Contains("/no-such-page/", error.Message);
        Assert.Contains("theme's templates", error.Message);
    }
}
