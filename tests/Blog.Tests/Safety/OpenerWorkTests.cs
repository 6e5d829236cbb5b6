using Blog.Diagnostics;
using Blog.Markup;
using Blog.Markup.Citations;
using Blog.Markup.Openers;
using Markdig;

namespace Blog.Tests.Safety;

/// <summary>
/// Issue 28.5 and 28.11: raw-HTML openers that never close (<c>&lt;?</c>, <c>&lt;!A </c>, <c>&lt;![CDATA[</c>,
/// <c>&lt;!--</c>) cost linear work, counted in characters scanned (never timed); delimiters that can
/// never pair (<c>a_ </c>, <c>[@a; </c>, <c>[^</c>, <c>&lt;![CDATA[</c>) are not refused as nesting, while
/// real nesting still is, clearly; and the guard parsers change no HTML.
/// </summary>
public sealed class OpenerWorkTests
{
    private static string Repeat(string unit, int times) => string.Concat(Enumerable.Repeat(unit, times));

    [Theory]
    [InlineData("a <? ")]
    [InlineData("a <!A ")]
    [InlineData("a <![CDATA[ ")]
    [InlineData("a <!-- ")]
    [InlineData("x <!DOCTYPE\n")]
    [InlineData("a <?a@b <!B ")]
    [InlineData("a <!a ")]
    public void Doubling_unclosed_raw_HTML_openers_doubles_the_characters_scanned(string unit)
    {
        long Work(int times)
        {
            // Markdig's own raw-HTML parser, counting what its scan may read (to the next '>' or the end).
            var markdig = new CountingAutolinkParser();
            var builder = new MarkdownPipelineBuilder().UseAutoLinks();
            builder.InlineParsers.Replace<Markdig.Parsers.Inlines.AutolinkInlineParser>(markdig);
            var extension = new OpenersExtension();
            builder.Extensions.Add(extension);
            MarkdownFailures.Parse(Repeat(unit, times), builder.Build(), "x.md", 1);
            return extension.Work.Characters + markdig.Characters;
        }
        long small = Work(2_000), large = Work(4_000);
        Assert.True(small >= 2_000, $"the counter counts each opener: {small}");
        // Markdig alone reads to the end of the paragraph for every opener: ratio 4, and n²/2 characters.
        Assert.InRange((double)large / small, 1.8, 2.2);
        Assert.True(large < 20L * 4_000 * unit.Length, $"{large} characters scanned for {4_000 * unit.Length}");
    }

    /// <summary>Markdig's autolink and raw-HTML parser, adding up how far each of its scans may read.</summary>
    private sealed class CountingAutolinkParser : Markdig.Parsers.Inlines.AutolinkInlineParser
    {
        public long Characters;

        public override bool Match(Markdig.Parsers.InlineProcessor processor, ref Markdig.Helpers.StringSlice slice)
        {
            var next = slice.Text.IndexOf('>', slice.Start, slice.End - slice.Start + 1);
            Characters += (next < 0 ? slice.End + 1 : next + 1) - slice.Start;
            return base.Match(processor, ref slice);
        }
    }

    [Fact]
    public void Closed_raw_HTML_is_still_raw_HTML_and_its_scan_is_counted_once()
    {
        var pipeline = MarkdownSetup.Create();
        var html = Markdig.Markdown.ToHtml("a <? b ?> <!X y> <!-- c --> <![CDATA[ d ]]> e", pipeline);
        Assert.Contains("<? b ?>", html);
        Assert.Contains("<!X y>", html);
        Assert.Contains("<!-- c -->", html);
        Assert.Contains("<![CDATA[ d ]]>", html);
    }

    [Theory]
    [InlineData("[", 200)]
    [InlineData("a_ ", 10_300)]
    [InlineData("[@a; ", 10_300)]
    [InlineData("[^", 10_300)]
    [InlineData("<![CDATA[ ", 10_300)]
    [InlineData("![a ", 10_300)]
    [InlineData("a* b ", 10_300)]
    [InlineData(" ~~a", 10_300)]
    public void Delimiters_that_can_never_pair_are_text_not_nesting(string unit, int times)
    {
        var pipeline = MarkdownSetup.Create(new CitationExtension());
        var text = Repeat(unit, times);
        var document = MarkdownFailures.Parse(text, pipeline, "x.md", 1);
        var html = Markdig.Markdown.ToHtml(text, pipeline);
        Assert.Single(document);
        Assert.DoesNotContain("<em>", html);
        Assert.DoesNotContain("<a ", html);
    }

    [Theory]
    [InlineData("> ", 200, "nested deeper")]
    [InlineData("- ", 200, "nested deeper")]
    public void Real_nesting_past_the_limit_is_still_refused_at_its_place(string unit, int times, string words)
    {
        var error = Assert.Throws<DiagnosticException>(() => MarkdownFailures.Parse(Repeat(unit, times) + "a\n", MarkdownSetup.Create(), "x.md", 3));
        Assert.Contains(words, error.Diagnostic.Message);
        Assert.Equal(3, error.Diagnostic.Line);
        Assert.True(error.Diagnostic.Column > 100, $"column {error.Diagnostic.Column}");
    }

    [Fact]
    public void More_delimiters_that_may_pair_than_Markdig_holds_are_refused_saying_so()
    {
        var error = Assert.Throws<DiagnosticException>(() => MarkdownFailures.Parse(Repeat("*a* ", 11_000), MarkdownSetup.Create(), "x.md", 1));
        Assert.Contains("10,240", error.Diagnostic.Message);
        Assert.Contains("blank line", error.Diagnostic.Hint);
    }

    private static readonly string[] Tokens =
    [
        "<?", "?>", "<!A ", "<!a@b.c>", "<!-", "-->", "<![CDATA[", "]]>", ">", "<", "<a>", "</a>", "_", "__", "*", "**", "~~",
        "[", "]", "![", "](x)", "[^1]", "a", " ", "\n", "\n\n", "(", ")", "\\", "\\*", "&amp;", "中", "!", "`", "$x_1$",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void The_guard_parsers_change_no_HTML(int seed)
    {
        var random = new Random(seed);
        MarkdownPipelineBuilder Builder() => new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().UseTaskLists()
            .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough).UseAutoLinks();
        var plain = Builder().Build();
        var guarded = Builder().Use<OpenersExtension>().Build();
        for (var round = 0; round < 300; round++)
        {
            var text = string.Concat(Enumerable.Range(0, 5 + random.Next(60)).Select(_ => Tokens[random.Next(Tokens.Length)]));
            Assert.Equal(Markdig.Markdown.ToHtml(text, plain), Markdig.Markdown.ToHtml(text, guarded));
        }
    }
}
