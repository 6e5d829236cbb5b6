namespace Blog.Tests.CrossReferences;

/// <summary>
/// Several references in one bracket, <c>[@thm-a; @thm-b]</c>: no brackets or semicolons are shown, each
/// reference keeps its own link, and the string table's separators join them (Quarto reads the same syntax).
/// A bracket that holds anything but references is not a group.
/// </summary>
public sealed class ReferenceGroupTests
{
    private const string Blocks = """

        ::: {#thm-a}
        甲。
        :::

        ::: {#lem-b}
        乙。
        :::

        ::: {#thm-c}
        丙。
        :::

        $$\begin{equation} E = mc^2 \label{eq-energy} \end{equation}$$
        """;

    [Theory]
    [InlineData("zh-CN", "[@thm-a; @lem-b]", "定理 1 和 引理 1", new[] { "#thm-a", "#lem-b" })]
    [InlineData("zh-CN", "[@thm-a; @lem-b; @thm-c]", "定理 1、引理 1 和 定理 2", new[] { "#thm-a", "#lem-b", "#thm-c" })]
    [InlineData("zh-CN", "[ @eq-energy ;-@thm-c ]", "式 (1) 和 2", new[] { "#mjx-eqn:eq-energy", "#thm-c" })]
    [InlineData("en", "[@thm-a; @lem-b; @thm-c; @eq-energy]", "Theorem 1, Lemma 1, Theorem 2 and Equation (1)", new[] { "#thm-a", "#lem-b", "#thm-c", "#mjx-eqn:eq-energy" })]
    public async Task A_group_shows_each_reference_joined_by_the_tables_separators(string language, string written, string text, string[] targets)
    {
        using var site = XrefSite.Create(language);
        site.WriteFile("input/posts/a.md", XrefSite.Post("甲", "a", $"见 {written}。\n" + Blocks));
        await site.BuildOkAsync();
        var paragraph = XrefSite.Body(site, "a").QuerySelector("p")!;
        Assert.Equal("见 " + text + "。", paragraph.Text());
        Assert.Equal(targets, paragraph.QuerySelectorAll("a.xref").Select(a => a.GetAttribute("href")).ToArray());
        Assert.DoesNotContain("[", paragraph.TextContent);
        Assert.DoesNotContain(";", paragraph.TextContent);
        // Plain-text places (the meta description) read the same words.
        Assert.Contains(text, site.Html("2020/01/a/index.html").QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task A_group_into_other_posts_links_each_reference_there()
    {
        using var site = XrefSite.Create();
        site.WriteFile("input/posts/a.md", XrefSite.Post("甲文", "a", Blocks));
        site.WriteFile("input/posts/b.md", XrefSite.Post("乙文", "b", "由 [@a/thm-a; @a/lem-b] 可知。\n", date: "2020-01-02"));
        await site.BuildOkAsync();
        var links = XrefSite.Body(site, "b").QuerySelectorAll("a.xref").ToList();
        Assert.Equal(["《甲文》定理 1", "《甲文》引理 1"], links.Select(a => a.TextContent));
        Assert.Equal(["/2020/01/a/#thm-a", "/2020/01/a/#lem-b"], links.Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("[见 @thm-a; @lem-b]")]     // a word besides the references
    [InlineData("[@thm-a; p. 3]")]          // a part without a reference
    [InlineData("[@thm-a; @lem-b](https://example.org/)")]   // a link's text
    public async Task A_bracket_with_more_than_references_is_not_a_group(string written)
    {
        using var site = XrefSite.Create();
        site.WriteFile("input/posts/a.md", XrefSite.Post("甲", "a", $"见 {written}。\n" + Blocks));
        await site.BuildOkAsync();
        var paragraph = XrefSite.Body(site, "a").QuerySelector("p")!;
        Assert.DoesNotContain(" 和 ", paragraph.TextContent);
        Assert.Contains(";", paragraph.TextContent); // written as it was
        Assert.Contains("定理 1", paragraph.TextContent); // the references in it still resolve one by one
    }

    /// <summary>
    /// A reference inside a link's text is its words without a link of its own: HTML does not nest
    /// links (CommonMark gives no link inside a link), and a nested &lt;a&gt; is split by the browser.
    /// </summary>
    [Theory]
    [InlineData("[见 @thm-a 的证明](https://example.org/)", "见 定理 1 的证明")]
    [InlineData("[@thm-a; @lem-b](https://example.org/)", "定理 1; 引理 1")]
    [InlineData("[由 [@thm-a; -@eq-energy] 得](https://example.org/)", "由 定理 1 和 (1) 得")]
    [InlineData("[**@lem-b** 与 [-@thm-c]](https://example.org/)", "引理 1 与 2")]
    public async Task A_reference_inside_a_link_is_its_words_without_a_link_of_its_own(string written, string text)
    {
        using var site = XrefSite.Create();
        site.WriteFile("input/posts/a.md", XrefSite.Post("甲", "a", $"见 {written}。\n" + Blocks));
        await site.BuildOkAsync();
        var raw = File.ReadAllText(Path.Combine(site.OutputFolder, "2020/01/a/index.html"));
        Assert.DoesNotContain("class=\"xref\"", raw);
        var paragraph = XrefSite.Body(site, "a").QuerySelector("p")!;
        var link = Assert.Single(paragraph.QuerySelectorAll("a"));
        Assert.Equal("https://example.org/", link.GetAttribute("href"));
        Assert.Equal(text, link.TextContent);
    }

    /// <summary>
    /// References in the front-matter title and summary are parsed like the body's and resolve the same
    /// way: the heading, the page title, the meta description and the home page's summary show their
    /// words, never the "@thm-a" as written.
    /// </summary>
    [Theory]
    [InlineData("@thm-a", "定理 1")]
    [InlineData("[@thm-a; @lem-b]", "定理 1 和 引理 1")]
    [InlineData("[-@eq-energy]", "(1)")]
    public async Task References_in_the_title_and_summary_resolve_like_the_bodys(string written, string text)
    {
        using var site = XrefSite.Create();
        site.WriteFile("input/posts/a.md", XrefSite.Post($"关于 {written} 的注记", "a", "正文。\n" + Blocks, extra: $"summary: 由 {written} 得\n"));
        await site.BuildOkAsync();
        var page = site.Html("2020/01/a/index.html");
        Assert.Equal($"关于 {text} 的注记", page.QuerySelector("h1")!.Text());
        Assert.StartsWith($"关于 {text} 的注记", page.QuerySelector("title")!.TextContent);
        Assert.Equal($"由 {text} 得", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Contains($"由 {text} 得", site.Html("index.html").QuerySelector(".excerpt")!.Text());
        Assert.DoesNotContain("@", page.QuerySelector("h1")!.TextContent);
        // Words without a link: the title's HTML also stands inside the lists' links to the post.
        Assert.Empty(page.QuerySelector("h1")!.QuerySelectorAll("a"));
        Assert.Empty(site.Html("index.html").QuerySelectorAll("a a, .excerpt a.xref"));
    }

    [Fact]
    public async Task An_unknown_reference_in_the_title_is_an_error_at_the_front_matter()
    {
        using var site = XrefSite.Create();
        site.WriteFile("input/posts/a.md", XrefSite.Post("关于 [@thm-a; @thm-zz] 的注记", "a", "正文。\n" + Blocks));
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Blog.Diagnostics.Severity.Error);
        Assert.Equal("input/posts/a.md", error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains("@thm-zz", error.Message);
    }
}
