namespace Blog.Tests.CrossReferences;

/// <summary>Fenced divs as theorems, proofs and callouts, numbered, named in the site's language, and referred to.</summary>
public sealed class TheoremTests
{
    private const string Kinds = """
        ::: {#thm-a}
        定理的内容。
        :::

        ::: {#lem-a}
        引理的内容。
        :::

        ::: {#cor-a}
        推论。
        :::

        ::: {#prp-a}
        命题。
        :::

        ::: {#cnj-a}
        猜想。
        :::

        ::: {#def-a}
        定义。
        :::

        ::: {#exm-a}
        例子。
        :::

        ::: {#exr-a}
        习题。
        :::

        ::: {#thm-b name="第二个"}
        又一个定理。
        :::

        ::: {.proof}
        证明的内容。
        :::

        ::: {.remark}
        注记。
        :::

        ::: {.solution}
        解答。
        :::

        见 @thm-b 与 [-@lem-a]。

        """;

    [Theory]
    [InlineData("zh-CN", new[] { "定理 1", "引理 1", "推论 1", "命题 1", "猜想 1", "定义 1", "例 1", "习题 1", "定理 2（第二个）", "证明", "注", "解" }, "定理 2")]
    [InlineData("en", new[] { "Theorem 1", "Lemma 1", "Corollary 1", "Proposition 1", "Conjecture 1", "Definition 1", "Example 1", "Exercise 1", "Theorem 2 (第二个)", "Proof", "Remark", "Solution" }, "Theorem 2")]
    public async Task Every_kind_is_named_and_numbered_in_the_sites_language(string language, string[] titles, string reference)
    {
        using var site = XrefSite.Create(language);
        site.WriteFile("input/posts/kinds.md", XrefSite.Post("种类", "kinds", Kinds));
        await site.BuildOkAsync();
        var body = XrefSite.Body(site, "kinds");
        var shown = body.QuerySelectorAll(".theorem-title, .proof-title").Select(t => t.Text()).ToArray();
        Assert.Equal(titles, shown);
        var links = body.QuerySelectorAll("a.xref").ToList();
        Assert.Equal(reference, links[0].TextContent);
        Assert.Equal("#thm-b", links[0].GetAttribute("href"));
        Assert.Equal("1", links[1].TextContent);
        Assert.Equal("#lem-a", links[1].GetAttribute("href"));
        Assert.NotNull(body.QuerySelector("#thm-a.theorem.thm"));
    }

    [Fact]
    public async Task A_proof_ends_with_a_tombstone_in_its_last_paragraph_also_after_a_formula()
    {
        using var site = XrefSite.Create();
        site.WriteFile("input/posts/p.md", XrefSite.Post("证明", "p", """
            ::: {.proof}
            第一段。

            最后一段。
            :::

            ::: {.proof name="定理 1 的证明"}
            $$
            x = 1
            $$
            :::

            """));
        await site.BuildOkAsync();
        var proofs = XrefSite.Body(site, "p").QuerySelectorAll(".proof").ToList();
        var last = proofs[0].QuerySelectorAll("p").Last();
        Assert.Equal("最后一段。 ∎", last.Text());
        Assert.StartsWith("证明 第一段。", proofs[0].QuerySelector("p")!.Text());
        Assert.Equal("∎", proofs[1].QuerySelectorAll("p").Last().Text());
        Assert.Contains("证明（定理 1 的证明）", proofs[1].Text());
    }

    [Fact]
    public async Task Divs_nest_with_fences_of_the_same_length_and_a_fence_in_code_is_text()
    {
        using var site = XrefSite.Create();
        site.WriteFile("input/posts/n.md", XrefSite.Post("嵌套", "n", """
            ::: {#thm-outer}
            外层。

            ::: {.proof}
            内层证明。

            ```
            :::
            ```
            :::

            外层的最后一段。
            :::

            之后的正文。

            """));
        await site.BuildOkAsync();
        var body = XrefSite.Body(site, "n");
        var outer = body.QuerySelector("#thm-outer")!;
        Assert.NotNull(outer.QuerySelector(".proof"));
        Assert.Equal(":::", outer.QuerySelector(".proof pre code")!.TextContent.Trim());
        Assert.Contains("外层的最后一段", outer.TextContent);
        Assert.DoesNotContain("之后的正文", outer.TextContent);
        Assert.DoesNotContain(":::", body.QuerySelectorAll("p").Select(p => p.TextContent));
    }

    [Fact]
    public async Task A_first_heading_names_the_block_and_stays_out_of_the_table_of_contents()
    {
        using var site = XrefSite.Create();
        site.WriteFile("input/posts/h.md", XrefSite.Post("标题", "h", """
            ## 引言

            ::: {#thm-clt}
            ## 中心极限定理 $\sqrt{n}$
            独立同分布之和趋于正态。
            :::

            ## 结论

            """, extra: "toc: true\n"));
        await site.BuildOkAsync();
        var body = XrefSite.Body(site, "h");
        var title = body.QuerySelector("#thm-clt .theorem-title")!;
        Assert.StartsWith("定理 1（中心极限定理", title.Text());
        Assert.NotNull(title.QuerySelector(".math.inline"));
        Assert.Null(body.QuerySelector("#thm-clt h2"));
        Assert.Equal(["引言", "结论"], body.QuerySelectorAll("nav.toc li a").Select(a => a.Text()).ToArray());
    }

    [Theory]
    [InlineData("", new[] { "定理 1", "引理 1", "定理 2", "定理 3" })]
    [InlineData("shared-counter: true\n", new[] { "定理 1", "引理 2", "定理 3", "定理 4" })]
    [InlineData("number-by-section: true\n", new[] { "定理 1.1", "引理 1.1", "定理 1.2", "定理 2.1" })]
    [InlineData("number-by-section: true\nshared-counter: true\n", new[] { "定理 1.1", "引理 1.2", "定理 1.3", "定理 2.1" })]
    public async Task Numbering_per_kind_shared_or_per_section(string frontMatter, string[] expected)
    {
        using var site = XrefSite.Create();
        site.WriteFile("input/posts/num.md", XrefSite.Post("编号", "num", """
            ## 第一节

            ::: {#thm-a}
            甲。
            :::

            ::: {#lem-a}
            乙。
            :::

            ::: {.theorem}
            丙（没有 id 也编号）。
            :::

            ## 第二节

            ::: {#thm-d}
            丁。
            :::

            """, extra: frontMatter));
        await site.BuildOkAsync();
        Assert.Equal(expected, XrefSite.Body(site, "num").QuerySelectorAll(".theorem-title").Select(t => t.Text()).ToArray());
    }

    [Fact]
    public async Task The_shared_counter_can_be_set_for_the_whole_site_and_a_post_overrides_it()
    {
        using var site = XrefSite.Create(settings: s => s["crossref"] = new System.Text.Json.Nodes.JsonObject { ["sharedCounter"] = true });
        const string body = "::: {#thm-a}\n甲\n:::\n\n::: {#lem-a}\n乙\n:::\n";
        site.WriteFile("input/posts/a.md", XrefSite.Post("甲", "a", body));
        site.WriteFile("input/posts/b.md", XrefSite.Post("乙", "b", body, extra: "shared-counter: false\n"));
        await site.BuildOkAsync();
        Assert.Equal(["定理 1", "引理 2"], XrefSite.Body(site, "a").QuerySelectorAll(".theorem-title").Select(t => t.Text()).ToArray());
        Assert.Equal(["定理 1", "引理 1"], XrefSite.Body(site, "b").QuerySelectorAll(".theorem-title").Select(t => t.Text()).ToArray());
    }

    [Fact]
    public async Task Callouts_have_a_title_and_collapse_into_details()
    {
        using var site = XrefSite.Create();
        site.WriteFile("input/posts/c.md", XrefSite.Post("提示", "c", """
            ::: {.callout-note}
            默认标题。
            :::

            ::: {.callout-warning title="小心 $x$"}
            自定标题。
            :::

            ::: {.callout-tip collapse="true"}
            ## 折叠起来
            隐藏的内容。
            :::

            ::: {.callout-important collapse="false"}
            展开的。
            :::

            """));
        await site.BuildOkAsync();
        var callouts = XrefSite.Body(site, "c").QuerySelectorAll(".callout").ToList();
        Assert.Equal(["注意", "小心 \\(x\\)", "折叠起来", "重要"], callouts.Select(c => c.QuerySelector(".callout-header")!.Text()).ToArray());
        Assert.Equal(["DIV", "DIV", "DETAILS", "DETAILS"], callouts.Select(c => c.TagName).ToArray());
        Assert.False(callouts[2].HasAttribute("open"));
        Assert.True(callouts[3].HasAttribute("open"));
        Assert.Equal("SUMMARY", callouts[2].QuerySelector(".callout-header")!.TagName);
        Assert.Contains("callout-warning", callouts[1].ClassList);
    }

    [Fact]
    public async Task A_plain_div_keeps_its_id_classes_and_attributes()
    {
        using var site = XrefSite.Create();
        site.WriteFile("input/posts/d.md", XrefSite.Post("普通", "d", "::: {#box .wide .note2 lang=\"en\" data=x}\n内容\n:::\n\n::: warning2\n类名\n:::\n"));
        await site.BuildOkAsync();
        var body = XrefSite.Body(site, "d");
        var box = body.QuerySelector("div#box")!;
        Assert.Equal(["wide", "note2"], box.ClassList.ToArray());
        Assert.Equal("en", box.GetAttribute("data-lang"));
        Assert.Equal("x", box.GetAttribute("data-data"));
        Assert.NotNull(body.QuerySelector("div.warning2"));
    }
}
