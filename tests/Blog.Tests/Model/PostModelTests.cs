using Blog.Content;
using Blog.Markup;
using Blog.Markup.Formulas;
using Blog.Markup.Parsing;
using Blog.Markup.Text;
using Blog.Tests.Support;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Tests.Model;

/// <summary>
/// The parsed model of a post without a site: heading ids (golden values from Pandoc 2.17 where it
/// agrees with GitHub), inline parsing of titles and summaries, plain text, the excerpt cut at node
/// boundaries, image alt text and formulas in raw HTML blocks.
/// </summary>
public sealed class PostModelTests
{
    private static readonly MarkdownPipeline Pipeline = MarkdownSetup.Create();

    private static List<string> Ids(string markdown) =>
        InlineMarkdown.Body(markdown, 1, Pipeline).Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id ?? "").ToList();

    private static string Html(string markdown) => Markdig.Markdown.ToHtml(markdown, Pipeline);

    // Each id below is what `pandoc -f markdown -t html` (2.17) gives for the same heading.
    [Theory]
    [InlineData("## Analysis of $q_1$", "analysis-of-q_1")]
    [InlineData("## Case $n=1$", "case-n1")]
    [InlineData("## 关于 $\\alpha$ 的估计", "关于-alpha-的估计")]
    [InlineData("## 定理 $x^2$ 的证明", "定理-x2-的证明")]
    [InlineData("## 当 $\\lambda\\to 0$ 时的极限", "当-lambdato-0-时的极限")]
    [InlineData("## $x$", "x")]
    [InlineData("## 使用 `softmax` 函数", "使用-softmax-函数")]
    [InlineData("## 结论 {#my-id}", "my-id")]
    [InlineData("## 引理 $a_1$ 的推广 {#lemma-a1 .unnumbered}", "lemma-a1")]
    public void Heading_ids_keep_the_formulas_tex_as_pandoc_does(string heading, string id)
        => Assert.Equal(id, Assert.Single(Ids(heading)));

    [Fact]
    public void Repeated_headings_with_math_get_unique_ids_like_pandoc()
    {
        // pandoc: case-n1, case-n2, case-n1-1
        Assert.Equal(["case-n1", "case-n2", "case-n1-1"], Ids("## Case $n=1$\n\n## Case $n=2$\n\n## Case $n=1$"));
        Assert.Equal(["关于-的估计-x", "关于-的估计-x-1"], Ids("## 关于 的估计 $x$\n\n## 关于 的估计 $x$"));
    }

    [Fact]
    public void A_pinned_id_is_never_repeated_by_an_automatic_one()
    {
        Assert.Equal(["intro-1", "intro"], Ids("## Intro\n\n## 引言 {#intro}"));
    }

    [Fact]
    public void A_pinned_id_is_removed_from_the_heading_text_and_braces_of_tex_are_not_attributes()
    {
        var html = Html("## 结论 {#my-id}\n\n## 集合 $\\{x\\}$ {x}");
        var doc = TestSite.ParseHtml(html);
        var h2 = doc.QuerySelectorAll("h2");
        Assert.Equal("结论 ", h2[0].TextContent); // the space: no "." from the site search (SentenceEnd)
        Assert.Equal("my-id", h2[0].Id);
        Assert.EndsWith("{x} ", h2[1].TextContent);
        Assert.Equal("集合-x-x", h2[1].Id); // pandoc: 集合-x-x
    }

    [Fact]
    public void Pandoc_header_classes_are_kept()
    {
        var h2 = TestSite.ParseHtml(Html("## 附录 {#appendix .unnumbered}")).QuerySelector("h2")!;
        Assert.Equal("appendix", h2.Id);
        Assert.Contains("unnumbered", h2.ClassList);
        Assert.Equal("附录 ", h2.TextContent); // the space: no "." from the site search (SentenceEnd)
    }

    [Theory]
    [InlineData("关于$\\pi$的一个公式", "关于\\pi的一个公式")]
    [InlineData("1. 引言：$e^{i\\pi}=-1$", "1. 引言：e^{i\\pi}=-1")]
    [InlineData("# 不是标题 $x$", "# 不是标题 x")]
    [InlineData("- 不是列表", "- 不是列表")]
    [InlineData("*强调* 与 `code` 及 [链接](https://example.com)", "强调 与 code 及 链接")]
    public void A_title_is_inline_markdown_and_its_plain_text_keeps_tex_without_delimiters(string title, string plain)
    {
        var paragraph = InlineMarkdown.Parse(title, 2, Pipeline);
        Assert.NotNull(paragraph);
        Assert.Equal(plain, PlainText.Of(paragraph!));
        var formulas = paragraph!.Inline!.Descendants<MathInline>().ToList();
        Assert.Equal(title.Contains('$'), formulas.Count > 0);
        Assert.All(formulas, m => Assert.Equal(1, m.Line)); // line 2 of the file, 0-based
    }

    [Fact]
    public void The_excerpt_never_cuts_a_formula_a_code_span_or_a_link()
    {
        var prose = new string('文', 50);
        foreach (var (atom, tex) in new[]
                 {
                     ("$\\sum_{i=1}^{n} \\frac{x_i + y_i}{2}$", "\\sum_{i=1}^{n} \\frac{x_i + y_i}{2}"),
                     ("`Enumerable.Range(0, 100).Select(x => x * x)`", "Enumerable.Range(0, 100).Select(x => x * x)"),
                     ("[一个很长很长的链接文字在这里](https://example.com/a/very/long/path)", "一个很长很长的链接文字在这里"),
                 })
            for (var room = prose.Length + 1; room < prose.Length + tex.Length; room += 3) // the limit falls inside the atom
            {
                var body = InlineMarkdown.Body($"{prose}{atom}后面还有文字。", 1, Pipeline);
                var cut = Excerpt.Cut(PlainText.Pieces(body), room);
                Assert.EndsWith(Excerpt.Ellipsis, cut);
                var kept = cut[..^1];
                Assert.True(kept == prose || kept == prose + tex, $"cut inside the atom at {room}: {cut}");
            }
    }

    [Fact]
    public void The_excerpt_cuts_chinese_prose_at_a_character_and_english_before_a_word()
    {
        Assert.Equal("一二三四五…", Excerpt.Cut(PlainText.Pieces(InlineMarkdown.Body("一二三四五六七八九十", 1, Pipeline)), 5));
        Assert.Equal("the quick…", Excerpt.Cut(PlainText.Pieces(InlineMarkdown.Body("the quick brown fox", 1, Pipeline)), 12));
        Assert.Equal("短文本 x", Excerpt.Cut(PlainText.Pieces(InlineMarkdown.Body("短文本 $x$", 1, Pipeline)), 50));
    }

    [Theory]
    [InlineData("![plot of $y=x^2$](/a.svg)", "plot of y=x^2")]
    [InlineData("![函数 $f(x)=\\frac{1}{x}$ 的图像](/a.svg)", "函数 f(x)=\\frac{1}{x} 的图像")]
    [InlineData("![$a<b$ 时](/a.svg)", "a<b 时")]
    public void Image_alt_text_is_plain_with_formulas_as_tex(string markdown, string alt)
    {
        var html = Html("图如下：" + markdown + "。");
        var img = TestSite.ParseHtml(html).QuerySelector("img")!;
        Assert.Equal(alt, img.GetAttribute("alt"));
        Assert.DoesNotContain("class=\"math", html);
    }

    [Theory]
    [InlineData("<details>\n<summary>证明 $a^2+b^2=c^2$</summary>", "details summary", "\\(a^2+b^2=c^2\\)")]
    [InlineData("<div class=\"note\">注意 \\(E=mc^2\\) 成立</div>", "div.note", "\\(E=mc^2\\)")]
    [InlineData("<figure>\n<figcaption>图 1：$y=\\sin x$ 的图像</figcaption>\n</figure>", "figcaption", "\\(y=\\sin x\\)")]
    [InlineData("<center>居中公式 $$\\int_0^1 x\\,dx$$ 完</center>", "center", "\\[\\int_0^1 x\\,dx\\]")]
    [InlineData("<div>比较 $a &lt; b$ 的情形</div>", "div", "\\(a < b\\)")]
    public void Formulas_in_raw_html_blocks_become_math_elements(string html, string selector, string tex)
    {
        var doc = TestSite.ParseHtml(Html(html + "\n\n正文。"));
        var math = Assert.Single(doc.QuerySelectorAll(selector + " .math"));
        Assert.Equal(tex, math.TextContent);
    }

    [Fact]
    public void Raw_html_keeps_its_bytes_and_code_script_and_attributes_are_left_alone()
    {
        const string block = "<div title=\"$x$\">\n<pre>价格 $5 与 $6</pre>\n<code>$y$</code>\n<script>var s = \"$z$\";</script>\n<!-- $w$ -->\n</div>";
        Assert.Equal(block + "\n", Html(block));
    }

    [Fact]
    public void Formulas_of_every_part_are_collected_in_order_with_their_lines()
    {
        var entry = new Entry
        {
            Kind = EntryKind.Post, SourceFile = "p.md", Title = "标题 $t$", Summary = "摘要 $s$", Slug = "p", BodyStartLine = 5,
            FrontMatterLines = new Dictionary<string, int> { ["title"] = 2, ["summary"] = 3 },
        };
        var syntax = ParseMarkdown.Parse(entry, "第一段 $a$。\n\n<div>块 $b$</div>\n\n$$c$$\n", Pipeline);
        var parts = new PostRendering(syntax, Pipeline, null).Render();
        Assert.Equal([("\\(a\\)", 5), ("\\(b\\)", 7), ("\\[c\\]", 9)], parts[PostPart.Body].Formulas.Select(f => (f.Text, f.Line)));
        Assert.Equal([("\\(t\\)", 2)], parts[PostPart.Title].Formulas.Select(f => (f.Text, f.Line)));
        Assert.Equal([("\\(s\\)", 3)], parts[PostPart.Summary].Formulas.Select(f => (f.Text, f.Line)));
        Assert.Equal("标题 <span class=\"math inline\" data-line=\"2\">\\(t\\)</span>", parts[PostPart.Title].Html);
        // Found on the trees without rendering, in the order the renderers write them; each written typeset in its place.
        var found = PostFormulas.Find(syntax, null, Pipeline);
        Assert.Equal(parts[PostPart.Body].Formulas, found.Body);
        Assert.Equal(parts[PostPart.Title].Formulas, found.Title);
        Assert.Equal(parts[PostPart.Summary].Formulas, found.Summary);
        var typeset = new PostRendering(syntax, Pipeline, null).Render(new TypesetFormulas(found, [.. found.All.Select((f, i) => $"<m{i}/>")]));
        Assert.Equal("标题 <span class=\"math inline\" data-line=\"2\" data-tex=\"\\(t\\)\" data-pagefind-index-attrs=\"data-search-tex\" data-search-tex=\"\\(t\\) \"><m3/></span>", typeset[PostPart.Title].Html);
        Assert.Contains("<div>块 <span class=\"math inline\" data-line=\"7\" data-tex=\"\\(b\\)\" data-pagefind-index-attrs=\"data-search-tex\" data-search-tex=\"\\(b\\) \"><m1/></span></div>", typeset[PostPart.Body].Html);
        Assert.Contains("<m0/>", typeset[PostPart.Excerpt].Html);
    }
}
