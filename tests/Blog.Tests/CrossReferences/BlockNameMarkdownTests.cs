using Blog.Diagnostics;
using Blog.Tests.Support;

namespace Blog.Tests.CrossReferences;

/// <summary>
/// A block's <c>name="…"</c> (theorems, proofs) or <c>title="…"</c> (callouts) is inline Markdown like a
/// first heading: its formulas are math in both modes, typeset at build time through the page's one
/// MathJax pass, and a TeX error in it is reported at the attribute's place.
/// </summary>
public sealed class BlockNameMarkdownTests
{
    private const string Blocks = """
        ::: {#thm-l2 name="$L^2$ 空间"}
        定理的内容。
        :::

        ::: {.proof name="由 \(\alpha\) 的*弱*收敛"}
        证明。
        :::

        ::: {.callout-note title="关于 $\sum_i x_i$ 的注记"}
        正文。
        :::

        ::: {#lem-plain name="Cauchy–Schwarz 不等式"}
        没有公式的名字。
        :::

        见 @thm-l2。

        """;

    [Fact]
    public async Task Client_mode_delimits_the_names_formulas_for_MathJax()
    {
        using var site = XrefSite.Create().WriteFile("input/posts/n.md", XrefSite.Post("名字", "n", Blocks));
        await site.BuildOkAsync();
        var body = XrefSite.Body(site, "n");

        var theorem = body.QuerySelector("#thm-l2 .theorem-name")!;
        Assert.Equal("\\(L^2\\)", theorem.QuerySelector("span.math.inline")!.TextContent);
        Assert.Equal("（\\(L^2\\) 空间）", theorem.TextContent);

        var proof = body.QuerySelector(".proof .theorem-name")!;
        Assert.Equal("\\(\\alpha\\)", proof.QuerySelector("span.math.inline")!.TextContent);
        Assert.Equal("弱", proof.QuerySelector("em")!.TextContent);

        var callout = body.QuerySelector(".callout-note .callout-header")!;
        Assert.Equal("\\(\\sum_i x_i\\)", callout.QuerySelector("span.math.inline")!.TextContent);

        Assert.Equal("（Cauchy–Schwarz 不等式）", body.QuerySelector("#lem-plain .theorem-name")!.TextContent);
        Assert.DoesNotContain("$", body.InnerHtml);
    }

    [Fact]
    public async Task Build_mode_typesets_the_names_formulas_with_the_body()
    {
        using var site = TestSite.Empty().WriteFile("input/posts/n.md", XrefSite.Post("名字", "n", Blocks));
        await site.BuildOkAsync();
        var body = XrefSite.Body(site, "n");
        foreach (var (selector, tex) in new[]
                 {
                     ("#thm-l2 .theorem-name", "\\(L^2\\)"),
                     (".proof .theorem-name", "\\(\\alpha\\)"),
                     (".callout-note .callout-header", "\\(\\sum_i x_i\\)"),
                 })
        {
            var math = body.QuerySelector(selector + " span.math.inline")!;
            Assert.Equal(tex, math.GetAttribute("data-tex"));
            Assert.NotNull(math.QuerySelector("mjx-container"));
        }
        Assert.DoesNotContain("$", body.TextContent);
        Assert.DoesNotContain("<!--", body.InnerHtml); // every placeholder was filled
    }

    [Fact]
    public async Task A_tex_error_in_a_name_is_reported_at_the_attribute()
    {
        using var site = TestSite.Empty().WriteFile("input/posts/n.md",
            XrefSite.Post("名字", "n", "正文。\n\n::: {#thm-x name=\"关于 $\\frca{1}{2}$\"}\n内容。\n:::\n"));
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("input/posts/n.md", 9), (error.File, error.Line));
        Assert.Contains("\\frca", error.Message);
    }

    [Fact]
    public async Task A_first_heading_still_wins_over_the_attribute()
    {
        using var site = XrefSite.Create().WriteFile("input/posts/n.md",
            XrefSite.Post("名字", "n", "::: {#thm-h name=\"属性里的 $a$\"}\n## 标题里的 $b$\n内容。\n:::\n"));
        await site.BuildOkAsync();
        var name = XrefSite.Body(site, "n").QuerySelector("#thm-h .theorem-name")!;
        Assert.Equal("（标题里的 \\(b\\)）", name.TextContent);
    }

    [Fact]
    public async Task Raw_html_in_a_name_stays_text()
    {
        using var site = XrefSite.Create().WriteFile("input/posts/n.md",
            XrefSite.Post("名字", "n", "::: {#thm-h name=\"a <b>c</b> $x$\"}\n内容。\n:::\n"));
        await site.BuildOkAsync();
        var name = XrefSite.Body(site, "n").QuerySelector("#thm-h .theorem-name")!;
        Assert.Null(name.QuerySelector("b"));
        Assert.Equal("（a <b>c</b> \\(x\\)）", name.TextContent);
    }
}
