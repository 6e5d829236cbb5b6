using Blog.Diagnostics;
using Blog.Tests.Support;

namespace Blog.Tests.Publishing;

/// <summary>The link checker at the end of every build: broken links and equation references fail the build.</summary>
public sealed class LinkCheckTests
{
    private const string Header = "---\ntitle: 测试\ndate: 2020-02-01\n---\n";

    private static async Task<IReadOnlyList<Diagnostic>> ErrorsOf(string body, Action<TestSite>? more = null)
    {
        using var site = TestSite.Empty();
        site.WriteFile("input/posts/target.md", "---\ntitle: Target\ndate: 2019-01-01\nslug: target\n---\n## 第一节\n\n$$a \\label{eq:a}$$\n");
        site.WriteFile("input/posts/x.md", Header + body);
        // Client mode: the equation checks are the checker's own, not MathJax's at build time.
        site.Settings(s => s["math"]!["render"] = "client");
        more?.Invoke(site);
        var result = await site.BuildAsync(baseUrl: "https://user.github.io/repo/");
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal(errors.Count == 0, result.Success);
        if (!result.Success) Assert.False(Directory.Exists(site.OutputFolder), "a build with broken links must write nothing");
        return errors;
    }

    private static Diagnostic SingleErrorAt(int line, IReadOnlyList<Diagnostic> errors)
    {
        var error = Assert.Single(errors);
        Assert.Equal(("input/posts/x.md", line), (error.File, error.Line));
        return error;
    }

    [Fact]
    public async Task Good_links_of_every_kind_pass()
    {
        var errors = await ErrorsOf("""
            # 开头

            [post](/2019/01/target/) [no slash](/2019/01/target) [heading](/2019/01/target/#第一节)
            [equation on the other page](/2019/01/target/#mjx-eqn%3Aeq%3Aa) [here](#开头) [top](#top) [relative](../../../2019/01/target/)
            [mail](mailto:a@b.c) [external](https://example.com/never-fetched) ![figure](/assets/fig.svg) 脚注[^1]

            $$x \label{eq:x}$$ 由 $\eqref{eq:x}$ 和 \(\ref{eq:x}\)。

            [^1]: 注。
            """, s => s.WriteFile("input/assets/fig.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_link_to_a_missing_page_names_the_markdown_file_line_and_target()
    {
        // 4 lines of front matter, then line 3 of the body.
        var error = SingleErrorAt(7, await ErrorsOf("第一行\n\n看 [这里](/2019/01/nope/)。\n"));
        Assert.Contains("/2019/01/nope/", error.Message);
        Assert.Contains("no page or file", error.Message);
    }

    [Fact]
    public async Task A_missing_image_or_asset_is_an_error()
    {
        var errors = await ErrorsOf("![图](/assets/missing.png)\n");
        Assert.Contains("/assets/missing.png", Assert.Single(errors).Message);
    }

    [Fact]
    public async Task A_fragment_that_no_heading_defines_is_an_error()
    {
        var errors = await ErrorsOf("# 开头\n\n[下文](#结尾) [别处](/2019/01/target/#第二节)\n");
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Message.Contains("no element with id '结尾'") && e.Line == 7);
        Assert.Contains(errors, e => e.Message.Contains("no element with id '第二节'"));
    }

    [Fact]
    public async Task An_eqref_to_a_label_missing_on_the_page_is_an_error_at_the_formula_line()
    {
        // eq:a exists, but on another page: MathJax labels only reach the same page.
        var error = SingleErrorAt(7, await ErrorsOf("$$x \\label{eq:x}$$\n\n由 $\\eqref{eq:x}$ 与 $\\eqref{eq:a}$ 可得。\n"));
        Assert.Contains("\\eqref{eq:a}", error.Message);
        Assert.Contains("eq:x", error.Hint);
    }

    [Fact]
    public async Task A_label_defined_twice_is_an_error()
    {
        var errors = await ErrorsOf("$$x \\label{eq:x}$$\n\n$$y \\label{eq:x}$$\n");
        // Typeset at build time (the default), MathJax reports it first, as a TeX error on the same line.
        Assert.Matches("defined twice|Label 'eq:x' multiply defined", Assert.Single(errors).Message);
    }

    [Fact]
    public async Task A_raw_html_link_without_the_base_path_is_an_error_under_a_project_site()
    {
        // Raw HTML is recorded as it is written: its tag's line and column.
        var error = SingleErrorAt(5, await ErrorsOf("<a href=\"/archives/\">归档</a>\n"));
        Assert.Equal(1, error.Column);
        Assert.Contains("outside the site's base path '/repo/'", error.Message);
    }

    [Fact]
    public async Task A_broken_link_in_the_theme_names_the_layout()
    {
        var errors = await ErrorsOf("正文\n", s =>
        {
            var layout = s.EjectThemeFile("layouts/archive.sbn-html");
            File.AppendAllText(layout, "\n<a href=\"{{ site.base_path }}no-such-page/\">x</a>\n");
        });
        Assert.Contains(errors, e => e.File == "theme/layouts/archive.sbn-html" && e.Message.Contains("/no-such-page/"));
    }

    [Fact]
    public async Task A_broken_link_repeated_in_excerpts_and_the_feed_is_reported_once()
    {
        var errors = await ErrorsOf("[坏链接](/2019/01/nope/)在第一段。\n");
        Assert.Equal("input/posts/x.md", Assert.Single(errors).File);
    }

    [Fact]
    public async Task A_MathJax_loader_path_without_files_behind_it_is_an_error()
    {
        var errors = await ErrorsOf("正文 $x$\n", s => s.WriteFile("theme/partials/mathjax.sbn-html",
            "<script>window.MathJax = {\"loader\":{\"paths\":{\"fonts\":\"{{ site.base_path }}assets/no-fonts\"}}};</script>\n"));
        Assert.Contains(errors, e => e.Message.Contains("no folder '/assets/no-fonts/'"));
    }

    [Fact]
    public async Task The_preview_servers_own_paths_are_not_site_files_and_not_checked()
    {
        var errors = await ErrorsOf("正文\n", s => s.WriteFile("theme/partials/mathjax.sbn-html",
            "<script defer src=\"/__preview/livereload.js\"></script>\n"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task With_math_typeset_at_build_time_an_eqref_to_a_missing_label_still_fails_at_its_line()
    {
        // MathJax renders an unknown \eqref as (???) without an error; the checker reads the TeX back.
        var errors = await ErrorsOf("$$x \\label{eq:x}$$\n\n由 $\\eqref{eq:y}$ 可得。\n", s => s.Settings(j => j["math"]!["render"] = "build"));
        Assert.Contains("\\eqref{eq:y}", SingleErrorAt(7, errors).Message);
    }
}
