namespace Blog.Tests.Parity;

/// <summary>
/// A citation is formatted wherever a post's text goes (title, summary, heading, contents, note, theorem
/// name, table cell) and listed in the bibliography in the order a reader meets it; where the text is a
/// link's (the contents, list pages) it is words without links. The page invariants (no nested links, no id
/// twice, every in-page link's target) are checked by the build helper on every page.
/// </summary>
public sealed class CitationEverywhereTests
{
    [Theory]
    [InlineData("client")]
    [InlineData("build")]
    public async Task Citations_in_every_part_are_formatted_and_listed(string mode)
    {
        using var site = ParitySite.Create(mode, "en");
        site.WriteFile("input/posts/p.md", """
            ---
            title: On [@knuth84] and $x$
            summary: After @jang2017categorical.
            date: 2020-01-01
            slug: p
            toc: true
            ---

            ## Method [@zhang2019][^n]

            ::: {#thm-a}
            ### By [@knuth84, p. 9]
            Text.
            :::

            | Work |
            |------|
            | [@jang2017categorical] |

            [^n]: A note citing [@zhang2019].
            """);
        await site.BuildOkAsync();
        var page = site.Html("2020/01/p/index.html");
        Assert.Equal(["ref-knuth84", "ref-jang2017categorical", "ref-zhang2019"], page.QuerySelectorAll(".csl-entry").Select(e => e.Id!));
        Assert.Contains("On [1] and", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("On [1] and", page.Title);
        Assert.Equal("Method [3]", page.QuerySelector("nav.toc a")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("nav.toc a a, nav.toc a.footnote-ref"));
        Assert.Contains("[1, p. 9]", page.QuerySelector("#thm-a")!.TextContent);
        Assert.Contains("[2]", page.QuerySelector(".post-body td")!.TextContent);
        var feed = site.ReadOutput("atom.xml");
        Assert.DoesNotContain("[@", feed);
        Assert.DoesNotContain("[@", site.ReadOutput("index.html"));
    }
}
