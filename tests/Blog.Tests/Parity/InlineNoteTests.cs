namespace Blog.Tests.Parity;

/// <summary>
/// Pandoc's inline notes, <c>^[…]</c>: a footnote numbered with the page's other notes in the order of
/// their marks, whose text may hold formulas, citations and cross-references, in both math modes.
/// </summary>
public sealed class InlineNoteTests
{
    [Theory]
    [InlineData("client")]
    [InlineData("build")]
    public async Task An_inline_note_holds_math_citations_and_references(string mode)
    {
        using var site = ParitySite.Create(mode, "en");
        site.WriteFile("input/posts/p.md", ParitySite.Post("""
            ::: {#thm-a}
            A theorem.
            :::

            First[^first] and inline^[See $x^{[2]}$, [@knuth84, p. 3] and @thm-a, *emphasised*.] then [^last].

            [^first]: A plain note.
            [^last]: The last one.
            """));
        await site.BuildOkAsync();
        var page = site.Html("2020/01/p/index.html");
        var marks = page.QuerySelectorAll(".post-body a.footnote-ref").Select(a => (a.TextContent, a.GetAttribute("href"))).ToArray();
        Assert.Equal([("1", "#fn:1"), ("2", "#fn:2"), ("3", "#fn:3")], marks);
        var note = page.GetElementById("fn:2")!;
        Assert.Contains("[1, p. 3]", note.QuerySelector("span.citation")!.TextContent);
        Assert.Equal("Theorem 1", note.QuerySelector("a.xref")!.TextContent);
        Assert.NotNull(note.QuerySelector("em"));
        var math = note.QuerySelector(".math.inline")!;
        if (mode == "build") Assert.Equal("\\(x^{[2]}\\)", math.GetAttribute("data-tex"));
        else Assert.Equal("\\(x^{[2]}\\)", math.TextContent);
        Assert.Equal("#fnref:2", note.QuerySelector("a.footnote-back-ref")!.GetAttribute("href"));
        Assert.Equal(["ref-knuth84"], page.QuerySelectorAll(".csl-entry").Select(e => e.Id!));
        Assert.DoesNotContain("^[", page.QuerySelector(".post-body")!.TextContent);
    }

    [Fact]
    public async Task A_caret_without_a_bracket_or_an_unclosed_note_stays_text()
    {
        using var site = ParitySite.Create("client", "en");
        site.WriteFile("input/posts/p.md", ParitySite.Post("2^10 and ^[not closed\n\nNext."));
        await site.BuildOkAsync();
        var text = site.Html("2020/01/p/index.html").QuerySelector(".post-body")!.TextContent;
        Assert.Contains("2^10 and ^[not closed", text);
    }
}

/// <summary>Inline notes in Markdown alone (the site's pipeline, no site): marks and the list of notes.</summary>
public sealed class InlineNoteMarkdownTests
{
    [Fact]
    public void Inline_and_referenced_notes_are_numbered_in_the_order_of_their_marks()
    {
        var html = Markdig.Markdown.ToHtml("A[^x] b^[inline *one*] c[^y].\n\n[^y]: Why.\n[^x]: Ex.\n", Blog.Markup.MarkdownSetup.Create());
        var page = Support.TestSite.ParseHtml(html);
        Assert.Equal(["#fn:1", "#fn:2", "#fn:3"], page.QuerySelectorAll("a.footnote-ref").Select(a => a.GetAttribute("href")!));
        Assert.Equal(["Ex.", "inline one", "Why."], page.QuerySelectorAll(".footnotes li").Select(li => li.TextContent.Replace("\u21a9", "").Trim()));
    }
}
