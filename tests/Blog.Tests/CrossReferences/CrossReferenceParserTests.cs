using System.Text;
using Blog.Markup;
using Blog.Markup.Citations;
using Blog.Markup.CrossReferences;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Tests.CrossReferences;

/// <summary>
/// What <see cref="CrossReferenceParser"/> reads from a bracket (one rule for one part and for several) and
/// what it leaves to the citation parser, the link parser or plain text, with the citation parser in the
/// pipeline as on a real site. Each inline is written out: <c>{@id}</c> a reference, <c>{-@id}</c> one
/// without its name, <c>group(…)</c> a group, <c>cite(key)</c> a citation, <c>link(…)</c> a link, text as is.
/// </summary>
public sealed class CrossReferenceParserTests
{
    /// <summary>The parser first, as <see cref="CrossReferenceExtension"/> puts it, without the theme's separators.</summary>
    private sealed class ParserOnly : IMarkdownExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.InlineParsers.Insert(0, new CrossReferenceParser());
        public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
    }

    private static readonly MarkdownPipeline Pipeline = MarkdownSetup.Create(new ParserOnly(), new CitationExtension());

    private static ContainerInline Parse(string markdown) =>
        Markdig.Markdown.Parse(markdown, Pipeline).Descendants<ParagraphBlock>().Single().Inline!;

    private static string Describe(Inline inline) => inline switch
    {
        CrossReference r => "{" + (r.SuppressName ? "-" : "") + r.Written + "}",
        CrossReferenceGroup g => "group(" + Children(g) + ")",
        Citation c => "cite(" + string.Join(",", c.Items.Select(i => i.Key)) + ")",
        LinkInline l => "link(" + Children(l) + ")",
        LiteralInline l => l.Content.ToString(),
        ContainerInline c => Children(c),
        _ => inline.ToString() ?? "",
    };

    private static string Children(ContainerInline container)
    {
        var text = new StringBuilder();
        foreach (var child in container) text.Append(Describe(child));
        return text.ToString();
    }

    [Theory]
    // One part: a reference spanning the bracket; spaces inside it are allowed, as between a group's parts.
    [InlineData("[@thm-a]", "{@thm-a}")]
    [InlineData("[-@thm-a]", "{-@thm-a}")]
    [InlineData("[ @thm-a ]", "{@thm-a}")]
    [InlineData("[ -@eq-x.y ]", "{-@eq-x.y}")]
    [InlineData("[@post/thm-a]", "{@post/thm-a}")]
    // Several parts: a group, whatever the spaces.
    [InlineData("[@thm-a;@lem-b]", "group({@thm-a}; {@lem-b})")]
    [InlineData("[ @thm-a ; -@lem-b ;@post/eq-c ]", "group({@thm-a}; {-@lem-b}; {@post/eq-c})")]
    // Not a bracket of ours: a trailing or doubled ';', a space after '-', words, a sentence's '.'; the
    // references in it are still read one by one, in text.
    [InlineData("[@thm-a;]", "[{@thm-a};]")]
    [InlineData("[@thm-a; @lem-b;]", "[{@thm-a}; {@lem-b};]")]
    [InlineData("[@thm-a;; @lem-b]", "[{@thm-a};; {@lem-b}]")]
    [InlineData("[- @thm-a]", "[- {@thm-a}]")]
    [InlineData("[@thm-a p. 3]", "[{@thm-a} p. 3]")]
    [InlineData("[@thm-a.]", "[{@thm-a}.]")]
    [InlineData("[;]", "[;]")]
    [InlineData("[]", "[]")]
    // Citation keys: a bracket of keys only is a citation; a key beside a reference is neither.
    [InlineData("[@knuth84]", "cite(knuth84)")]
    [InlineData("[@knuth84; -@doe99]", "cite(knuth84,doe99)")]
    [InlineData("[@thm-a; @knuth84]", "[{@thm-a}; cite(knuth84)]")]
    [InlineData("[@knuth84; @thm-a]", "[cite(knuth84); {@thm-a}]")]
    // An id without a known prefix, or without a name after it, is no reference.
    [InlineData("[@foo-a]", "cite(foo-a)")]
    [InlineData("[@thm-]", "cite(thm)")] // the citation parser drops the trailing "-"
    // A link's text: the bracket is the link parser's, for one part as for several.
    [InlineData("[@thm-a](https://example.org/)", "link({@thm-a})")]
    [InlineData("[-@thm-a; @lem-b](https://example.org/)", "link(-{@thm-a}; {@lem-b})")] // in a link's text, "-@" is text and a reference
    // In text: an @ inside a word (an e-mail address) is not a reference.
    [InlineData("见 @thm-a。", "见 {@thm-a}。")]
    [InlineData("a@thm-a.org", "a@thm-a.org")]
    public void A_bracket_is_one_reference_a_group_or_left_to_others(string markdown, string expected) =>
        Assert.Equal(expected, Describe(Parse(markdown)));

    [Fact]
    public void One_part_spans_its_bracket_and_a_groups_parts_span_themselves()
    {
        var single = Assert.IsType<CrossReference>(Parse("见 [ -@thm-a ]。").Skip(1).First());
        Assert.Equal((2, 12), (single.Span.Start, single.Span.End)); // '[' to ']', where an unknown id's error points
        Assert.Equal(2, single.Column);

        var group = Assert.IsType<CrossReferenceGroup>(Parse("见 [@thm-a; -@lem-b]").Skip(1).First());
        Assert.Equal((2, 18), (group.Span.Start, group.Span.End));
        var parts = group.OfType<CrossReference>().ToList();
        Assert.Equal([(3, 8), (11, 17)], parts.Select(p => (p.Span.Start, p.Span.End)));
        Assert.Equal([3, 11], parts.Select(p => p.Column));
    }

    [Fact]
    public void A_reference_on_a_later_line_has_that_line()
    {
        var paragraph = Parse("甲\n乙 [@thm-a; @lem-b] 与 [-@eq-c]");
        var references = paragraph.Descendants<CrossReference>().ToList();
        Assert.Equal([1, 1, 1], references.Select(r => r.Line));
        Assert.Equal([3, 11, 21], references.Select(r => r.Column));
    }
}
