using Blog.Tests.Support;
using Blog.Typesetting;

namespace Blog.Tests.MathBuild;

/// <summary>
/// Build mode typesets identical formulas once per build, site-wide, and a warm build none; numbered
/// formulas stay right per page. Counted with the build's <see cref="MathCounts"/> (formulas a worker
/// typeset, cache hits), never timed.
/// </summary>
public sealed class FormulaDedupeTests
{
    private static string Post(string slug, string body) => $"---\ntitle: 测试{slug}\ndate: 2020-01-01\nslug: {slug}\n---\n\n{body}\n";

    // Pagefind runs in Node on every build; off, so only typesetting is counted here.
    private static TestSite Site() => TestSite.Empty().Settings(s => s["search"] = false);

    [Fact]
    public async Task A_formula_shared_by_two_pages_is_typeset_once()
    {
        using var site = Site()
            .WriteFile("input/posts/a.md", Post("a", "设 $\\alpha+\\beta$ 与 $a_1$。\n\n$$\n\\sum_{i=1}^n x_i\n$$"))
            .WriteFile("input/posts/b.md", Post("b", "同样 $\\alpha+\\beta$ 与 $b_2$。\n\n$$\n\\sum_{i=1}^n x_i\n$$\n\n再写一次 $\\alpha+\\beta$。"));
        var math = (await site.BuildOkAsync()).Math!;

        Assert.Equal(7, math.Total);
        Assert.Equal(4, math.Typeset); // α+β, a_1, b_2 and the sum: each once
        Assert.Equal(3, math.CacheHits);
        var a = site.Html("2020/01/a/").QuerySelectorAll("main .math").Select(e => e.InnerHtml).ToList();
        var b = site.Html("2020/01/b/").QuerySelectorAll("main .math").Select(e => e.InnerHtml).ToList();
        Assert.Equal(a[0], b[0]);
        Assert.Equal(b[0], b[3]);
        Assert.Equal(a[2], b[2]);
        Assert.Contains("mjx-container", a[0]);
    }

    [Fact]
    public async Task Identical_numbered_equations_keep_their_own_page_numbers_labels_and_tags()
    {
        const string second = "\\begin{equation}E=mc^2\\label{eq:e}\\end{equation}";
        const string tagged = "$$\nF=ma \\tag{牛}\n$$";
        using var site = Site()
            .WriteFile("input/posts/a.md", Post("a", $"\\begin{{equation}}x=1\\end{{equation}}\n\n{second}\n\n见 $\\eqref{{eq:e}}$。\n\n{tagged}"))
            .WriteFile("input/posts/b.md", Post("b", $"{second}\n\n见 $\\eqref{{eq:e}}$。\n\n{tagged}"));
        await site.BuildOkAsync();

        foreach (var (page, number) in new[] { ("a", "(2)"), ("b", "(1)") })
        {
            var html = site.Html($"2020/01/{page}/");
            var math = html.QuerySelectorAll("main .math").ToList();
            var equation = math[^3]; // the equation, its \eqref, the tagged one
            Assert.Contains(number, equation.QuerySelector("mjx-assistive-mml")!.TextContent.Replace(" ", ""));
            var reference = html.QuerySelector("main mjx-container a")!;
            Assert.Equal(number, reference.TextContent);
            var target = reference.GetAttribute("href")!.TrimStart('#');
            Assert.NotNull(html.GetElementById(Uri.UnescapeDataString(target)));
            Assert.Contains("(牛)", math.Last().QuerySelector("mjx-assistive-mml")!.TextContent.Replace(" ", ""));
        }
    }

    [Fact]
    public async Task A_warm_build_and_a_prose_edit_typeset_nothing_and_start_no_worker()
    {
        using var site = Site()
            .WriteFile("input/posts/a.md", Post("a", "散文 $x^2$ 与 $\\R$。\n\n\\begin{equation}y\\label{a}\\end{equation}\n\n见 $\\eqref{a}$"))
            .WriteFile("input/posts/b.md", Post("b", "另一篇 $x^2$ 与 $z$。"));
        var cold = (await site.BuildOkAsync()).Math!;
        Assert.Equal(6, cold.Total);
        Assert.True(cold.Typeset > 0);
        var page = site.ReadOutput("2020/01/a/index.html");
        var css = site.ReadOutput("assets/mathjax/mathjax.css");

        var warm = (await site.BuildOkAsync()).Math!;
        Assert.Equal(new MathCounts(6, 0, 6, 0, 0, TimeSpan.Zero), warm);

        site.WriteFile("input/posts/a.md", Post("a", "改过的散文 $x^2$ 与 $\\R$。\n\n\\begin{equation}y\\label{a}\\end{equation}\n\n见 $\\eqref{a}$"));
        var edited = (await site.BuildOkAsync()).Math!;
        Assert.Equal(new MathCounts(6, 0, 6, 0, 0, TimeSpan.Zero), edited);
        Assert.Equal(page.Replace("散文", "改过的散文"), site.ReadOutput("2020/01/a/index.html"));
        Assert.Equal(css, site.ReadOutput("assets/mathjax/mathjax.css"));

        // A new formula is the only one typeset.
        site.WriteFile("input/posts/b.md", Post("b", "另一篇 $x^2$ 与 $z$，加上 $w$。"));
        var added = (await site.BuildOkAsync()).Math!;
        Assert.Equal(1, added.Typeset);
        Assert.Equal(6, added.CacheHits);
    }

    [Fact]
    public async Task Changing_the_macros_in_statiq_json_typesets_again()
    {
        using var site = Site().WriteFile("input/posts/a.md", Post("a", "实数 $\\R$ 与 $x$。"));
        await site.BuildOkAsync();
        var before = site.Html("2020/01/a/").QuerySelector("main .math")!;
        Assert.Contains("double-struck", before.QuerySelector("mjx-assistive-mml")!.InnerHtml);

        site.Settings(s => s["math"]!["macros"]!["R"] = "\\mathbf{R}");
        var math = (await site.BuildOkAsync()).Math!;
        Assert.Equal(2, math.Typeset); // every formula: the macros are part of every key
        Assert.Equal(0, math.CacheHits);
        var after = site.Html("2020/01/a/").QuerySelector("main .math")!;
        Assert.DoesNotContain("double-struck", after.QuerySelector("mjx-assistive-mml")!.InnerHtml);
        Assert.Contains("bold", after.QuerySelector("mjx-assistive-mml")!.InnerHtml);
    }

    [Theory]
    [InlineData("\\begin{equation}x\\end{equation}", true)]
    [InlineData("\\begin{align}a&=b\\\\c&=d\\end{align}", true)]
    [InlineData("\\begin { gather } x \\end{gather}", true)]
    [InlineData("x \\tag{1}", true)]
    [InlineData("\\eqref{eq:a}", true)]
    [InlineData("\\ref{x}", true)]
    [InlineData("a \\label{b}", true)]
    [InlineData("\\begin{equation*}x\\end{equation*}", false)]
    [InlineData("\\begin{align*}a&=b\\end{align*}", false)]
    [InlineData("\\begin{aligned}a&=b\\end{aligned}", false)]
    [InlineData("\\href{https://x}{y}", false)]
    [InlineData("\\tagged", false)]
    [InlineData("\\alpha+\\beta", false)]
    public void Numbered_formulas_are_told_from_those_that_stand_alone(string tex, bool numbered) =>
        Assert.Equal(numbered, FormulaContext.IsNumbered(tex));

    [Theory]
    [InlineData("\\newcommand{\\x}{1}", true)]
    [InlineData("\\def\\x{1}", true)]
    [InlineData("\\require{cancel}", true)]
    [InlineData("\\DeclareMathOperator{\\tr}{tr}", true)]
    [InlineData("\\definecolor{a}{RGB}{1,2,3}", false)]
    [InlineData("\\left( x \\right)", false)]
    public void Formulas_that_define_something_are_told(string tex, bool defines) =>
        Assert.Equal(defines, FormulaContext.Defines(tex));

    [Fact]
    public async Task A_page_that_defines_a_macro_is_typeset_as_one_document()
    {
        using var site = Site()
            .WriteFile("input/posts/a.md", Post("a", "定义 $\\newcommand{\\Q}{\\mathbb{Q}}$ 然后 $\\Q$ 与 $y$。"))
            .WriteFile("input/posts/b.md", Post("b", "别处 $y$。"));
        var math = (await site.BuildOkAsync()).Math!;
        Assert.Equal(4, math.Total);
        var a = site.Html("2020/01/a/").QuerySelectorAll("main .math").ToList();
        Assert.Equal(0, math.CacheHits); // page a as one document: its $y$ is not taken from b or given to it
        Assert.Contains("double-struck", a[1].QuerySelector("mjx-assistive-mml")!.InnerHtml); // \Q as defined on the page
        Assert.Equal(a[2].InnerHtml, site.Html("2020/01/b/").QuerySelector("main .math")!.InnerHtml);
    }
}
