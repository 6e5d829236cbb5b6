using Blog.Markup;
using Blog.Markup.Citations;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Tests.Citations;

/// <summary>Pandoc's citation syntax, read into <see cref="Citation"/> nodes, and what is left alone.</summary>
public sealed class CitationSyntaxTests
{
    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownSetup.Create(new CitationExtension());

    private static List<Citation> Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline).Descendants<Citation>().ToList();

    [Fact]
    public void One_key_in_brackets()
    {
        var c = Assert.Single(Parse("如文献 [@ma2020hsic] 所述。"));
        Assert.False(c.AuthorInText);
        Assert.Equal(new CitationItem("ma2020hsic"), Assert.Single(c.Items));
        Assert.Equal("[@ma2020hsic]", c.Source);
    }

    [Theory]
    [InlineData("[@doe99, p. 3]", "3", "page", "")]
    [InlineData("[@doe99, pp. 33-35, 38-39]", "33-35, 38-39", "page", "")]
    [InlineData("[@doe99, chap. 2]", "2", "chapter", "")]
    [InlineData("[@doe99, sec. 4 and passim]", "4", "section", " and passim")]
    [InlineData("[@doe99, 12]", "12", "page", "")]
    [InlineData("[@doe99, and elsewhere]", "", "", ", and elsewhere")]
    public void A_locator_after_the_key(string markdown, string locator, string label, string suffix)
    {
        var item = Assert.Single(Assert.Single(Parse(markdown)).Items);
        Assert.Equal(locator, item.Locator);
        Assert.Equal(label, item.Label);
        Assert.Equal(suffix, item.Suffix);
    }

    [Fact]
    public void Several_keys_with_prefixes_and_locators()
    {
        var c = Assert.Single(Parse("[see @a, chap. 2; also @b_2:x, p. 7]"));
        Assert.Equal(2, c.Items.Count);
        Assert.Equal(new CitationItem("a", "see ", "", "2", "chapter", LocatorText: "chap. 2"), c.Items[0]);
        Assert.Equal(new CitationItem("b_2:x", "also ", "", "7", "page", LocatorText: "p. 7"), c.Items[1]);
    }

    [Fact]
    public void Minus_suppresses_the_author()
    {
        var item = Assert.Single(Assert.Single(Parse("Doe 说 [-@doe99]。")).Items);
        Assert.True(item.SuppressAuthor);
        Assert.Equal("doe99", item.Key);
    }

    [Fact]
    public void Author_in_text_with_and_without_a_locator()
    {
        var citations = Parse("@doe99 says so, and @{odd key} [p. 33] too. End at @smith.");
        Assert.Equal(3, citations.Count);
        Assert.All(citations, c => Assert.True(c.AuthorInText));
        Assert.Equal("doe99", citations[0].Items[0].Key);
        Assert.Equal(new CitationItem("odd key", "", "", "33", "page", LocatorText: "p. 33"), citations[1].Items[0]);
        Assert.Equal("smith", citations[2].Items[0].Key); // the sentence's full stop is not part of the key
    }

    [Theory]
    [InlineData("write to someone@example.com today")]
    [InlineData("[mail me: a@b.org]")]
    [InlineData("see @fig-plot and [@tbl-data] and @sec-intro, @eq-energy, @thm-main, @lem-a, @cor-a, @prp-a, @cnj-a, @def-a, @exm-a, @exr-a")]
    [InlineData("see @other-post/fig-plot")]
    [InlineData("escaped \\@doe99")]
    public void What_is_not_a_citation(string markdown) => Assert.Empty(Parse(markdown));

    /// <summary>As in Pandoc, brackets that are not a citation stay text, and a key inside is author-in-text.</summary>
    [Theory]
    [InlineData("a link [@doe99](https://example.com/)")]
    [InlineData("[no key here; @doe99]")]
    [InlineData("escaped \\[@doe99]")]
    public void Brackets_that_are_no_citation_leave_an_author_in_text_key(string markdown) =>
        Assert.True(Assert.Single(Parse(markdown)).AuthorInText);

    [Fact]
    public void A_link_keeps_working_next_to_citations()
    {
        var document = Markdig.Markdown.Parse("[text](https://example.com/) [@a]", Pipeline);
        Assert.Single(document.Descendants<LinkInline>());
        Assert.Single(document.Descendants<Citation>());
    }

    [Fact]
    public void The_placeholder_keeps_the_source_text_and_the_place()
    {
        var html = Markdig.Markdown.ToHtml("第一行\n第二行 [@a, p. 3]\n", Pipeline);
        var span = Support.TestSite.ParseHtml(html).QuerySelector("span.citation")!;
        Assert.Equal("[@a, p. 3]", span.TextContent);
        Assert.Equal("a", span.GetAttribute("data-cites"));
        Assert.Equal("2", span.GetAttribute("data-line"));
        Assert.Equal("5", span.GetAttribute("data-column"));
        var data = CitationHtml.Deserialize(span.GetAttribute("data-citation")!)!;
        Assert.Equal("3", data.Items[0].Locator);
    }
}
