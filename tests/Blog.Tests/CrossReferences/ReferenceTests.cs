using Blog.Diagnostics;

namespace Blog.Tests.CrossReferences;

/// <summary>@id references: in the same post, into another post, to sections and equations; their errors.</summary>
public sealed class ReferenceTests
{
    private const string Vectors = """
        ## 夹角的分布 {#sec-angle}

        ::: {#cor-orthogonal name="几乎正交"}
        当 $n\to\infty$ 时，夹角趋于 $\pi/2$。
        :::

        """;

    [Fact]
    public async Task A_reference_into_another_post_carries_its_title_and_number_and_links_to_the_anchor()
    {
        using var site = XrefSite.Create();
        site.WriteFile("input/posts/vectors.md", XrefSite.Post("随机向量的夹角", "vectors", Vectors));
        site.WriteFile("input/posts/init.md", XrefSite.Post("初始化", "init", "由 @vectors/cor-orthogonal 可知，[-@vectors/cor-orthogonal] 也行。\n", date: "2020-01-02"));
        await site.BuildOkAsync();
        var links = XrefSite.Body(site, "init").QuerySelectorAll("a.xref").ToList();
        Assert.Equal("《随机向量的夹角》推论 1", links[0].TextContent);
        Assert.Equal("/2020/01/vectors/#cor-orthogonal", links[0].GetAttribute("href"));
        Assert.Equal("cor", links[0].GetAttribute("data-preview"));
        Assert.Equal("1", links[1].TextContent);
        // The feed and the meta description show the reference as text.
        Assert.Contains("由 《随机向量的夹角》推论 1 可知", site.Html("2020/01/init/index.html").QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Contains("《随机向量的夹角》推论 1", site.ReadOutput("atom.xml"));
        Assert.DoesNotContain("\uE000", site.ReadOutput("atom.xml"));
    }

    [Fact]
    public async Task Section_references_show_the_number_when_sections_are_numbered_else_the_heading()
    {
        using var site = XrefSite.Create();
        site.WriteFile("input/posts/a.md", XrefSite.Post("甲", "a", "## 引言\n\n## 方法 {#sec-method}\n\n### 细节 {#sec-detail}\n\n见 @sec-method 与 @sec-detail。\n", extra: "number-sections: true\n"));
        site.WriteFile("input/posts/b.md", XrefSite.Post("乙", "b", "## 方法 $x^2$ {#sec-method}\n\n见 @sec-method。\n"));
        await site.BuildOkAsync();
        var a = XrefSite.Body(site, "a");
        Assert.Equal(["第 2 节", "第 2.1 节"], a.QuerySelectorAll("a.xref").Select(x => x.TextContent).ToArray());
        Assert.Equal("2.1 细节", a.QuerySelector("h3#sec-detail")!.Text());
        Assert.Equal("方法 x^2", XrefSite.Body(site, "b").QuerySelector("a.xref")!.TextContent);
        Assert.Equal("方法 \\(x^2\\)", XrefSite.Body(site, "b").QuerySelector("h2#sec-method")!.Text());
    }

    [Theory]
    [InlineData("client")]
    [InlineData("build")]
    public async Task Equations_in_align_with_label_and_tag_are_numbered_as_MathJax_numbers_them(string mode)
    {
        using var site = XrefSite.Create(language: "en", settings: s => s["math"]!["render"] = mode);
        site.WriteFile("input/posts/eq.md", XrefSite.Post("Equations", "eq", """
            $$
            a = b \label{eq-plain-tag} \tag{*}
            $$

            \begin{equation}
            x = 1 \label{eq-first}
            \end{equation}

            \begin{align}
            y &= 2 \label{eq-second} \\
            z &= 3 \nonumber \\
            w &= \begin{cases} 1 \\ 2 \end{cases} \label{eq-third} \\
            v &= 5 \tag{A} \label{eq-tagged}
            \end{align}

            $$\begin{gather*} u = 0 \\ t = 1 \tag{B}\label{eq-star} \end{gather*}$$

            See @eq-first, @eq-second, @eq-third, @eq-tagged, @eq-plain-tag, @eq-star and [-@eq-third].

            """));
        await site.BuildOkAsync();
        var links = XrefSite.Body(site, "eq").QuerySelectorAll("a.xref").Select(a => (a.TextContent, a.GetAttribute("href"))).ToArray();
        Assert.Equal([
            ("Equation (1)", "#mjx-eqn:eq-first"), ("Equation (2)", "#mjx-eqn:eq-second"), ("Equation (3)", "#mjx-eqn:eq-third"),
            ("Equation (A)", "#mjx-eqn:eq-tagged"), ("Equation (*)", "#mjx-eqn:eq-plain-tag"), ("Equation (B)", "#mjx-eqn:eq-star"), ("(3)", "#mjx-eqn:eq-third"),
        ], links);
        if (mode != "build") return;
        // MathJax's own typeset tags, at the anchors the links go to, show the same numbers.
        var page = site.Html("2020/01/eq/index.html");
        foreach (var (text, href) in links)
        {
            var tag = page.GetElementById(href![1..]);
            Assert.True(tag is not null, $"MathJax wrote no anchor {href}");
            Assert.Equal(text.Replace("Equation ", ""), tag.TextContent.Trim());
        }
    }

    public static TheoryData<string, string, int, int, string> Mistakes => new()
    {
        // body, words in the message, line, column, words in the hint
        { "::: {#thm-clt}\n甲\n:::\n\n正文见 @thm-cl。\n", "@thm-cl refers to nothing", 11, 5, "@thm-clt" },
        { "正文见 @other/thm-x。\n", "no post or page has the slug 'other'", 7, 5, "slug" },
        { "正文\n\n见 @vectors/cor-orth。\n", "has no 'cor-orth'", 9, 3, "@cor-orthogonal" },
        { "见 @cor-orthogonal。\n", "refers to nothing on this page", 7, 3, "@vectors/cor-orthogonal" },
        { "$$x \\label{eq-a}$$\n\n见 [@eq-a]。\n", "without a number", 9, 3, "\\tag" },
        { "::: {#thm-a}\n甲\n:::\n\n::: {#thm-a}\n乙\n:::\n", "defined twice", 11, 1, "own id" },
        { "见 [@thm-a; @thm-b]。\n\n::: {#thm-a}\n甲\n:::\n", "@thm-b refers to nothing on this page", 7, 12, "thm-a" }, // inside a group: at its own column
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_wrong_reference_is_an_error_at_its_file_line_and_column_with_a_hint(string body, string words, int line, int column, string hint)
    {
        using var site = XrefSite.Create();
        site.WriteFile("input/posts/vectors.md", XrefSite.Post("随机向量的夹角", "vectors", Vectors));
        site.WriteFile("input/posts/x.md", XrefSite.Post("错误", "x", body));
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains(words, error.Message);
        Assert.Equal(("input/posts/x.md", line), (error.File.Replace('\\', '/'), error.Line));
        if (column > 1) Assert.Equal(column, error.Column);
        Assert.Contains(hint, error.Hint ?? error.Message);
        Assert.False(site.OutputExists("index.html"));
    }

    [Fact]
    public async Task Two_posts_with_the_same_slug_make_a_reference_ambiguous()
    {
        using var site = XrefSite.Create();
        site.WriteFile("input/posts/a/vectors.md", XrefSite.Post("甲", "vectors", Vectors, date: "2020-01-01"));
        site.WriteFile("input/posts/b/vectors.md", XrefSite.Post("乙", "vectors", Vectors, date: "2020-02-01"));
        site.WriteFile("input/posts/x.md", XrefSite.Post("引用", "x", "见 @vectors/cor-orthogonal。\n"));
        var result = await site.BuildAsync();
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("ambiguous", error.Message);
    }

    [Fact]
    public async Task Email_addresses_and_citation_keys_are_not_references()
    {
        using var site = XrefSite.Create();
        site.WriteFile("input/posts/m.md", XrefSite.Post("邮件", "m", "写信给 someone@thm-x.com，或参见 @knuth1984 与 @fig。\n"));
        await site.BuildOkAsync();
        var body = XrefSite.Body(site, "m");
        Assert.Empty(body.QuerySelectorAll("a.xref"));
        Assert.Contains("someone@thm-x.com", body.TextContent);
        Assert.Contains("@knuth1984", body.TextContent);
        Assert.Contains("@fig", body.TextContent); // no prefix of a kind: a citation key (unknown, so text with a warning), never a reference
    }

    [Fact]
    public async Task The_table_of_contents_links_every_heading_and_typesets_its_formulas()
    {
        using var site = XrefSite.Create(settings: s => s["crossref"] = new System.Text.Json.Nodes.JsonObject { ["toc"] = true, ["numberSections"] = true });
        site.WriteFile("input/posts/t.md", XrefSite.Post("目录", "t", "## 一 $\\alpha$\n\n### 一之一\n\n### 一之二\n\n## 二\n\n正文\n"));
        site.WriteFile("input/posts/u.md", XrefSite.Post("无目录", "u", "## 一\n\n正文\n", extra: "toc: false\n"));
        await site.BuildOkAsync();
        var toc = XrefSite.Body(site, "t").QuerySelector("nav.toc")!;
        Assert.Equal("目录", toc.QuerySelector(".toc-title")!.TextContent);
        var links = toc.QuerySelectorAll("a").ToList();
        var headings = XrefSite.Body(site, "t").QuerySelectorAll("h2, h3").ToList();
        Assert.Equal(headings.Select(h => "#" + h.Id), links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["1 一 \\(\\alpha\\)", "1.1 一之一", "1.2 一之二", "2 二"], links.Select(a => a.Text()).ToArray());
        Assert.NotNull(links[0].QuerySelector(".math.inline"));
        Assert.Equal(2, toc.QuerySelectorAll("ol ol li").Length);
        Assert.Null(XrefSite.Body(site, "u").QuerySelector("nav.toc"));
    }
}
