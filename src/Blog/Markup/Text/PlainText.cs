using System.Text;
using Blog.Compute;
using Blog.Markup.ComputeBlocks;
using Blog.Markup.Formulas;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Markup.Text;

/// <summary>
/// One run of a tree's readable text. An atomic piece (a formula's TeX, a code span, a link's text,
/// a computed value, a cross-reference) is never cut in two; prose text may be.
/// </summary>
public sealed record TextPiece(string Text, bool Atomic);

/// <summary>
/// The readable text of a syntax tree, as Pandoc's plain writer and its <c>&lt;title&gt;</c> give it:
/// formulas as their TeX without delimiters, code spans as their code, links as their text, images
/// as their alt text, computed values and cross-references ("表 1") as the reader sees them; code
/// blocks and raw HTML left out. Used for reading time, meta descriptions, heading ids and search.
/// </summary>
public static class PlainText
{
    /// <param name="compute">The page's compute results, so inline <c>{csharp}</c> code reads as its value; null before the compute stage.</param>
    public static string Of(MarkdownObject root, ComputeResults? compute = null) => Join(Pieces(root, compute));

    /// <summary>
    /// The text as the writer wrote it, for identifiers (heading ids): like <see cref="Of"/>, but a node
    /// whose shown text is generated (a reference's "定理 2", a group's "、"/"和", a formatted citation) counts
    /// as its source (<see cref="ISourceText"/>), so the result does not depend on the site's language or on
    /// other pages. Formulas are their TeX, as in <see cref="Of"/>; compute code is its expression.
    /// </summary>
    public static string AsWritten(MarkdownObject root)
    {
        var pieces = new List<TextPiece>();
        Walk(root, null, pieces, asWritten: true);
        return Join(pieces);
    }

    public static string Join(IEnumerable<TextPiece> pieces)
    {
        var text = new StringBuilder();
        foreach (var piece in pieces) text.Append(piece.Text);
        return text.ToString().Trim();
    }

    /// <summary>The text of <paramref name="root"/> in reading order, as atomic and cuttable pieces; blocks end with "\n".</summary>
    public static IReadOnlyList<TextPiece> Pieces(MarkdownObject root, ComputeResults? compute = null)
    {
        var pieces = new List<TextPiece>();
        Walk(root, compute, pieces);
        return pieces;
    }

    private static void Walk(MarkdownObject node, ComputeResults? compute, List<TextPiece> pieces, bool asWritten = false)
    {
        switch (node)
        {
            case ISourceText source when asWritten: pieces.Add(new(source.SourceText, true)); break;
            case LiteralInline literal: pieces.Add(new(literal.Content.ToString(), false)); break;
            case HtmlEntityInline entity: pieces.Add(new(entity.Transcoded.ToString(), false)); break;
            case LineBreakInline: pieces.Add(new(" ", false)); break;
            case MathInline math: pieces.Add(new(math.Tex, true)); break;
            case IPlainText own: pieces.Add(new(own.PlainText, false)); break;
            // A citation as written; the citation stage puts its words in its place (Typesetting/Citations/FormatCitations).
            case ISourceText source when node is LeafInline: pieces.Add(new(source.SourceText, true)); break;
            case CodeInline code: pieces.Add(new(CodeText(code, compute), true)); break;
            case AutolinkInline autolink: pieces.Add(new(autolink.Url, true)); break;
            case LinkInline link: // its text (an image: its alt text), kept whole
                var inner = new List<TextPiece>();
                foreach (var child in link) Walk(child, compute, inner, asWritten);
                pieces.Add(new(string.Concat(inner.Select(p => p.Text)), true));
                break;
            case HtmlInline: break;
            case ContainerInline container:
                foreach (var child in container) Walk(child, compute, pieces, asWritten);
                break;
            case MathBlock block:
                pieces.Add(new(block.Tex, true));
                pieces.Add(new("\n", false));
                if (block.Inline is { } after) Walk(after, compute, pieces, asWritten);
                break;
            case FencedCodeBlock fenced when ComputePage.IsComputeBlock(fenced):
                BlockOutputs(fenced, compute, pieces);
                break;
            case LeafBlock { Inline: { } inline } leaf when leaf is ParagraphBlock or HeadingBlock:
                Walk(inline, compute, pieces, asWritten);
                pieces.Add(new("\n", false));
                break;
            case ContainerBlock container:
                foreach (var child in container) Walk(child, compute, pieces, asWritten);
                break;
        }
    }

    /// <summary>Inline code as its text; inline <c>{csharp} expr</c> as the value it showed (its expression before compute).</summary>
    private static string CodeText(CodeInline code, ComputeResults? compute)
    {
        if (ComputePage.InlineCode(code) is not { } expression) return code.Content;
        if (compute is null || !compute.BySpan.TryGetValue(code.Span.Start, out var result)) return expression;
        return string.Concat(result.Outputs.Select(o => o.Content.TrimEnd('\n')));
    }

    /// <summary>What a compute block showed as text (values, TeX); never its code. (Its caption is Markdown of its own, left out.)</summary>
    private static void BlockOutputs(FencedCodeBlock block, ComputeResults? compute, List<TextPiece> pieces)
    {
        if (compute is null || !compute.BySpan.TryGetValue(block.Span.Start, out var result)) return;
        var unit = compute.Page.Units.FirstOrDefault(u => u.Kind == UnitKind.Block && u.SpanStart == block.Span.Start);
        if (unit?.Options.Output == OutputOption.Hide) return;
        foreach (var output in result.Outputs.Where(o => o.Kind is OutputKind.Text or OutputKind.Tex or OutputKind.Console))
            pieces.Add(new(output.Content.TrimEnd('\n') + "\n", true));
    }
}

/// <summary>
/// An inline node whose shown text is generated from what was written (a reference, a group of them, a
/// citation): <see cref="SourceText"/> is the Markdown as written, for <see cref="PlainText.AsWritten"/>.
/// </summary>
public interface ISourceText
{
    /// <summary>The node's Markdown as written: <c>@thm-a</c>, <c>[@thm-a; -@eq-b]</c>, <c>[@knuth84, p. 3]</c>.</summary>
    string SourceText { get; }
}

/// <summary>An inline node whose readable text is not its literal content (a reference's "定理 2").</summary>
public interface IPlainText
{
    string PlainText { get; }
}
