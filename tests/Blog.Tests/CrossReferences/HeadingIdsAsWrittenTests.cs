namespace Blog.Tests.CrossReferences;

/// <summary>
/// A heading's id comes from what the writer wrote, one rule for every construct in it: a reference,
/// a group of references and a citation count as their source (<c>[@thm-a; @thm-b]</c>), a formula as its
/// TeX; never the words the site generates for them (the string table's "和"), so an id does not
/// depend on the site's language.
/// </summary>
public sealed class HeadingIdsAsWrittenTests
{
    private const string Body = """
        ::: {#thm-a}
        甲。
        :::

        ::: {#thm-b}
        乙。
        :::

        $$
        \begin{equation} x \label{eq-c} \end{equation}
        $$

        ## 由 [@thm-a; @thm-b] 推出

        ## 由 [@thm-a; @thm-b; -@eq-c] 推出

        ## 由 @thm-a 推出

        ## 由 [-@thm-a] 推出

        ## 见 [@knuth84] 的方法

        ## 关于 $x^2$ 的估计

        """;

    private const string Bib = "@book{knuth84, author = {Knuth, Donald E.}, title = {The {\\TeX}book}, publisher = {Addison-Wesley}, year = {1984}}\n";

    private static async Task<IReadOnlyList<string>> Ids(string language)
    {
        using var site = XrefSite.Create(language, s => s["bibliography"] = new System.Text.Json.Nodes.JsonArray("refs.bib"))
            .WriteFile("input/refs.bib", Bib)
            .WriteFile("input/posts/h.md", XrefSite.Post("标题", "h", Body, extra: "toc: true\n"));
        await site.BuildOkAsync();
        var body = XrefSite.Body(site, "h");
        // The headings written (the bibliography's heading, added after them, is the theme's).
        var ids = body.QuerySelectorAll("h2").Select(h => h.Id ?? "").Take(6).ToList();
        // The table of contents links to the same ids (its entries also hold the references' own links).
        var toc = body.QuerySelectorAll("nav.toc a").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!)).ToHashSet();
        Assert.All(ids, id => Assert.Contains("#" + id, toc));
        return ids;
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Ids_come_from_the_source_of_references_citations_and_formulas(string language)
    {
        Assert.Equal(
            [
                "由-thm-a-thm-b-推出",
                "由-thm-a-thm-b--eq-c-推出",
                "由-thm-a-推出",
                "由--thm-a-推出",
                "见-knuth84-的方法",
                "关于-x2-的估计",
            ],
            await Ids(language));
    }
}
