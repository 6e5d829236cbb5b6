using Blog.Markup.ComputeBlocks;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Markup.Text;

/// <summary>
/// The HTML excerpt of a post on list pages. With a <c>&lt;!--more--&gt;</c> separator on a line of
/// its own (Hugo's summary divider, Jekyll's <c>excerpt_separator</c>), every block before it, whole.
/// Without one, the first paragraph cut to <see cref="RenderMarkdown.DescriptionLength"/> characters
/// of its plain text, like the plain-text excerpt (<see cref="Excerpt"/>): the cut falls between
/// inline nodes or inside plain prose, so a formula, code span, link, computed value or raw HTML tag
/// is kept whole or left out, and "…" is written where the cut is.
/// </summary>
public static class ExcerptHtml
{
    /// <summary>Whether <paramref name="block"/> is a separator: an HTML block holding only <c>&lt;!--more--&gt;</c> (spaces and case ignored).</summary>
    public static bool IsSeparator(Block block) =>
        block is HtmlBlock { Type: HtmlBlockType.Comment } html
        && string.Concat(html.Lines.ToString().Where(c => !char.IsWhiteSpace(c))).Equals("<!--more-->", StringComparison.OrdinalIgnoreCase);

    /// <summary>The top-level blocks before the first separator of <paramref name="body"/>, or null when it has none.</summary>
    public static IReadOnlyList<Block>? BeforeSeparator(MarkdownDocument body)
    {
        var before = body.TakeWhile(b => !IsSeparator(b)).ToList();
        return before.Count == body.Count ? null : before;
    }

    /// <summary>Writes <paramref name="paragraph"/> with its inlines cut after <paramref name="limit"/> characters of plain text.</summary>
    public static void WriteCut(HtmlRenderer renderer, ParagraphBlock paragraph, int limit, ComputeResults? compute)
    {
        renderer.Write("<p").WriteAttributes(paragraph).Write(">");
        var used = 0;
        foreach (var inline in paragraph.Inline ?? [])
        {
            var length = PlainText.Pieces(inline, compute).Sum(p => p.Text.Length);
            if (inline is LineBreakInline) length = 1;
            if (used + length <= limit)
            {
                renderer.Write(inline);
                used += length;
                continue;
            }
            if (inline is LiteralInline literal)
                renderer.WriteEscape(Excerpt.Prefix(literal.Content.ToString(), limit - used).TrimEnd());
            renderer.Write(Excerpt.Ellipsis);
            break;
        }
        renderer.WriteLine("</p>");
    }
}
