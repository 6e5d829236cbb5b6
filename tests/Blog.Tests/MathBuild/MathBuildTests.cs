using Blog.Diagnostics;
using Blog.Tests.Support;

namespace Blog.Tests.MathBuild;

/// <summary>Whole-site builds in build mode (the default): TeX errors, numbering, macros, cache, modes.</summary>
public sealed class MathBuildTests
{
    private static string Post(string body, string slug = "p") =>
        $"---\ntitle: 测试\ndate: 2020-01-01\nslug: {slug}\n---\n\n{body}\n"; // the body starts on line 7

    [Fact]
    public async Task A_typo_in_a_macro_fails_the_build_at_its_file_and_line()
    {
        using var site = TestSite.Empty().WriteFile("input/posts/p.md", Post("第一段 $x$。\n\n然后\n\n$$\n\\frca{1}{2}\n$$"));
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("input/posts/p.md", error.File);
        Assert.Equal(11, error.Line); // the line of "$$" that opens the formula
        Assert.Contains("Undefined control sequence \\frca", error.Message);
        Assert.Contains("\\frca{1}{2}", error.Message); // the formula itself
        Assert.False(site.OutputExists("index.html"));
    }

    [Fact]
    public void The_cli_exits_non_zero_and_prints_the_place()
    {
        using var site = TestSite.Empty().WriteFile("input/posts/p.md", Post("一行 $\\alpah + 1$ 文字"));
        var run = site.RunCli("build");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/posts/p.md(7,4): error: TeX error: Undefined control sequence \\alpah", run.Stderr); // the column of its "$"
    }

    [Fact]
    public async Task Unknown_environments_and_unbalanced_braces_are_errors_too()
    {
        using var site = TestSite.Empty().WriteFile("input/posts/p.md",
            Post("$$\n\\begin{equaton}x\\end{equaton}\n$$\n\n文字 $\\frac{1}{2$ 文字\n\n$a}$"));
        var result = await site.BuildAsync();
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 3, string.Join("\n", result.Diagnostics));
        Assert.Contains(errors, e => e.Line == 7 && e.Message.Contains("Unknown environment 'equaton'"));
        Assert.Contains(errors, e => e.Line == 11 && e.Message.Contains("Missing close brace"));
        Assert.Contains(errors, e => e.Line == 13 && e.Message.Contains("Extra close brace"));
    }

    [Fact]
    public async Task Warn_mode_publishes_the_page_with_the_error_shown()
    {
        using var site = TestSite.Empty().Settings(s => s["math"]!["errors"] = "warn")
            .WriteFile("input/posts/p.md", Post("文字 $\\frca{1}{2}$ 和 $y$"));
        var result = await site.BuildOkAsync();
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, "input/posts/p.md", 7), (warning.Severity, warning.File, warning.Line));
        var page = site.Html("2020/01/p/");
        var error = Assert.Single(page.QuerySelectorAll("main mjx-merror"));
        Assert.Contains("\\frca", error.GetAttribute("data-mjx-error") ?? error.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("main mjx-container").Length);
    }

    [Fact]
    public async Task Eqref_before_its_label_gets_the_right_number_and_links_to_the_equation()
    {
        using var site = TestSite.Empty().WriteFile("input/posts/p.md", Post(
            "由$\\eqref{eq:b}$可知,而$\\eqref{eq:a}$是定义。\n\n" +
            "\\begin{equation}a = 1 \\label{eq:a}\\end{equation}\n\n" +
            "$$x \\notag$$\n\n" +
            "\\begin{equation}b = 2 \\label{eq:b}\\end{equation}"));
        await site.BuildOkAsync();
        var page = site.Html("2020/01/p/");
        var refs = page.QuerySelectorAll("main mjx-container a").ToList();
        Assert.Equal(["(2)", "(1)"], refs.Select(a => a.TextContent));
        Assert.Equal("#mjx-eqn%3Aeq%3Ab", refs[0].GetAttribute("href"));
        var target = page.GetElementById("mjx-eqn:eq:b");
        Assert.NotNull(target);
        Assert.Equal("(2)", target!.TextContent);
    }

    [Fact]
    public async Task Site_macros_apply_and_the_tex_stays_in_the_page()
    {
        using var site = TestSite.Empty().WriteFile("input/posts/p.md", Post("设 $x\\in\\R$, $\\bm{v}$。"));
        await site.BuildOkAsync();
        var page = site.Html("2020/01/p/");
        var math = page.QuerySelectorAll("main span.math.inline").ToList();
        Assert.Equal(2, math.Count);
        Assert.Equal("7", math[0].GetAttribute("data-line"));
        Assert.Equal("x\\in\\R", math[0].QuerySelector("mjx-math")!.GetAttribute("data-latex")); // copyable TeX
        Assert.Equal("\\(x\\in\\R\\)", math[0].GetAttribute("data-tex")); // the source, as client mode has it
        Assert.Contains("ℝ", math[0].TextContent); // \R → \mathbb{R} from statiq.json
        Assert.NotNull(math[0].QuerySelector("mjx-assistive-mml math")); // MathML for screen readers
        Assert.Null(page.QuerySelector("script[src*='tex-chtml']"));
        var css = page.QuerySelector("link[href$='assets/mathjax/mathjax.css']");
        Assert.NotNull(css);
    }

    [Fact]
    public async Task Old_articles_require_HTML_as_in_mathjax_2_and_style_still_works()
    {
        using var site = TestSite.Empty().WriteFile("input/posts/p.md",
            Post("$$\\require{HTML}\\style{display: inline-block; transform: rotate(45deg)}{|}$$"));
        await site.BuildOkAsync();
        var rotated = site.Html("2020/01/p/").QuerySelector("main mjx-container [style*='rotate(45deg)']");
        Assert.NotNull(rotated);
    }

    [Fact]
    public async Task The_stylesheet_names_fonts_that_are_in_the_output_under_the_base_path()
    {
        using var site = TestSite.Empty().WriteFile("input/posts/p.md", Post("$\\mathcal{A}\\mathbb{B}\\mathfrak{C}x$"));
        await site.BuildOkAsync(baseUrl: "https://example.org/repo/");
        Assert.NotNull(site.Html("2020/01/p/").QuerySelector("link[href='/repo/assets/mathjax/mathjax.css']"));
        var css = site.ReadOutput("assets/mathjax/mathjax.css");
        var fonts = System.Text.RegularExpressions.Regex.Matches(css, "url\\(\"([^\"]+)\"\\)").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(fonts);
        foreach (var font in fonts)
        {
            Assert.False(font.StartsWith('/') || font.Contains("://"), $"{font} must be relative to the stylesheet, to work under any base path");
            Assert.True(site.OutputExists("assets/mathjax/" + font), $"{font} is not in the output");
        }
    }

    [Fact]
    public async Task A_cached_rebuild_starts_no_typesetting()
    {
        // The search index runs Pagefind in Node on every build, so it is off here: this is about typesetting.
        using var site = TestSite.Empty().Settings(s => s["search"] = false)
            .WriteFile("input/posts/p.md", Post("$x^2$ 和 \\begin{equation}y\\label{a}\\end{equation} 见 $\\eqref{a}$"));
        await site.BuildOkAsync();
        var first = site.ReadOutput("2020/01/p/index.html");

        // With no Node to run, only the cache can produce the math; prose edits keep the cache key.
        site.Settings(s => s["math"]!["node"] = "/nonexistent/node")
            .WriteFile("input/posts/p.md", Post("$x^2$ 和 \\begin{equation}y\\label{a}\\end{equation} 见 $\\eqref{a}$").Replace("和", "与"));
        await site.BuildOkAsync();
        Assert.Equal(first.Replace("和", "与"), site.ReadOutput("2020/01/p/index.html"));

        // A new formula needs typesetting, and then the missing Node is reported, once.
        site.WriteFile("input/posts/q.md", Post("$z$", "q"));
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("Node.js is needed", error.Message);
        Assert.Contains("/nonexistent/node", error.Message);
    }

    [Fact]
    public async Task Client_mode_leaves_the_tex_to_mathjax_in_the_browser()
    {
        using var site = TestSite.Empty().Settings(s => s["math"]!["render"] = "client")
            .WriteFile("input/posts/p.md", Post("文字 $\\frca$ 文字"));
        await site.BuildOkAsync(); // no TeX checking in client mode
        var page = site.Html("2020/01/p/");
        Assert.Equal("\\(\\frca\\)", page.QuerySelector("main span.math")!.TextContent);
        Assert.NotNull(page.QuerySelector("script[src$='assets/mathjax/tex-chtml.js']"));
        Assert.False(site.OutputExists("assets/mathjax/mathjax.css"));
    }

    [Fact]
    public async Task Excerpts_and_the_feed_carry_typeset_math()
    {
        using var site = TestSite.Empty().WriteFile("input/posts/p.md", Post("首段有 $E=mc^2$。\n\n## 节\n\n$$\\int_0^1 x\\,dx$$"));
        await site.BuildOkAsync();
        var home = site.Html("");
        Assert.NotNull(home.QuerySelector(".excerpt span.math mjx-container"));
        // Feed readers load no stylesheet: the feed carries the MathML, with the TeX as alttext.
        var feed = System.Xml.Linq.XDocument.Parse(site.ReadOutput("atom.xml"));
        var content = feed.Descendants().Single(e => e.Name.LocalName == "content").Value;
        Assert.Contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" alttext=\"E=mc^2\">", content);
        Assert.Contains("display=\"block\"", content);
        Assert.DoesNotContain("mjx-", content);
        Assert.DoesNotContain(">\\(E=mc^2\\)<", content); // as text; it stays in data-tex
    }

    [Fact]
    public async Task Bad_math_settings_are_reported()
    {
        using var site = TestSite.Empty().Settings(s => s["math"]!["render"] = "server");
        var result = await site.BuildAsync();
        Assert.Contains(result.Diagnostics, d => d.File == "statiq.json" && d.Message.Contains("math.render 'server'"));
    }
}
