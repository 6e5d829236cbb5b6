using Blog.Tests.Support;

namespace Blog.Tests.Model;

/// <summary>
/// The home page's HTML excerpt: the first paragraph cut to the plain-text excerpt's length at a node
/// boundary (never inside a formula, code span, link or tag, "…" where the cut is), or every block
/// before a <c>&lt;!--more--&gt;</c> separator.
/// </summary>
public sealed class ExcerptHtmlTests
{
    private static readonly string Prose = string.Concat(Enumerable.Repeat("随机向量的夹角分布是一个经典问题，", 6)); // 102 characters

    private static async Task<AngleSharp.Dom.IElement> ExcerptOf(string body, string language = "zh-CN")
    {
        using var site = TestSite.Empty();
        site.Settings(s => { s["language"] = language; s["search"] = false; });
        site.WriteFile("input/posts/a.md", "---\ntitle: 一\ndate: 2015-05-31\n---\n" + body);
        await site.BuildOkAsync();
        return site.Html("index.html").QuerySelector(".post-summary .excerpt")!;
    }

    [Fact]
    public async Task A_formula_across_the_cut_is_left_out_whole()
    {
        var excerpt = await ExcerptOf(Prose + "其中 $\\sum_{i=1}^{n} \\frac{x_i + y_i}{2}$ 是均值，后文还有很多很多字。\n\n第二段。\n");
        Assert.Single(excerpt.QuerySelectorAll("p"));
        Assert.EndsWith("…", excerpt.TextContent.Trim());
        Assert.DoesNotContain("\\sum", excerpt.InnerHtml); // it would straddle the cut: left out whole
        Assert.DoesNotContain("第二段", excerpt.TextContent);
        Assert.StartsWith(Prose, excerpt.TextContent.Trim());
    }

    [Fact]
    public async Task A_formula_that_fits_is_kept_whole_and_the_prose_after_it_is_cut()
    {
        var excerpt = await ExcerptOf("设 $x^2+y^2=1$，" + Prose + Prose + "\n");
        Assert.Single(excerpt.QuerySelectorAll("mjx-container")); // typeset at build time, TeX kept beside it
        Assert.Contains("x^2+y^2=1", excerpt.InnerHtml);
        foreach (var typeset in excerpt.QuerySelectorAll("mjx-container").ToList()) typeset.Replace(excerpt.Owner!.CreateTextNode("x^2+y^2=1"));
        var text = excerpt.TextContent.Trim();
        Assert.EndsWith("…", text);
        Assert.InRange(text.Length, 110, 121); // 120 characters of plain text (the formula as its TeX), then the ellipsis
    }

    [Fact]
    public async Task Links_and_code_are_kept_whole_or_left_out()
    {
        var excerpt = await ExcerptOf(Prose + "见[一篇很长的文章的标题在这里继续写下去一直写到超过界限](https://example.org/a) 与 `var longName = 1;`。\n");
        Assert.Empty(excerpt.QuerySelectorAll("a"));
        Assert.Empty(excerpt.QuerySelectorAll("code"));
        var kept = await ExcerptOf("见[短链](https://example.org/a)与 `x`，" + Prose + Prose + "\n");
        Assert.Equal("短链", kept.QuerySelector("a")!.TextContent);
        Assert.Equal("x", kept.QuerySelector("code")!.TextContent);
    }

    [Fact]
    public async Task English_prose_is_cut_before_a_word()
    {
        var words = string.Join(' ', Enumerable.Repeat("angles between random vectors", 8));
        var text = (await ExcerptOf(words + "\n", "en")).TextContent.Trim();
        Assert.EndsWith("…", text);
        var last = text.TrimEnd('…').Split(' ').Last();
        Assert.Contains(last, new[] { "angles", "between", "random", "vectors" });
    }

    [Fact]
    public async Task A_short_first_paragraph_is_shown_whole_without_an_ellipsis()
    {
        var excerpt = await ExcerptOf("短短的一段，含 $a+b$。\n\n第二段。\n");
        Assert.StartsWith("短短的一段，含", excerpt.TextContent.Trim());
        Assert.EndsWith("。", excerpt.TextContent.Trim());
        Assert.Contains("a+b", excerpt.InnerHtml);
        Assert.Single(excerpt.QuerySelectorAll("mjx-container"));
    }

    [Theory]
    [InlineData("<!--more-->")]
    [InlineData("<!-- more -->")]
    [InlineData("<!--MORE-->")]
    public async Task A_more_separator_makes_every_block_before_it_the_excerpt(string separator)
    {
        var excerpt = await ExcerptOf(Prose + Prose + "\n\n第二段 $y$。\n\n" + separator + "\n\n第三段不在摘要里。\n");
        var paragraphs = excerpt.QuerySelectorAll("p").ToList();
        Assert.Equal(2, paragraphs.Count);
        Assert.Equal(Prose + Prose, paragraphs[0].TextContent); // not cut: the writer chose the end
        Assert.DoesNotContain("第三段", excerpt.TextContent);
        Assert.DoesNotContain("…", excerpt.TextContent);
    }
}
