using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Markup.Formulas;

/// <summary>
/// Display math written inside a paragraph stays inside it, as in Pandoc: "由此得到" / <c>$$</c> … <c>$$</c> /
/// "于是结论成立。" on consecutive lines is one paragraph holding a display formula, so its excerpt and
/// summary are the whole sentence. The block parser reads the formula's lines verbatim (so lines such
/// as <c>- b</c> or <c># x</c> inside it stay TeX); this pass, run when the document is parsed, moves a
/// <c>$$</c> or <c>\[</c> formula that touches a paragraph (no blank line between) into that paragraph as
/// display <see cref="MathInline"/>, together with the text after it. A formula with blank lines on both
/// sides stays a block of its own. Bare environments stay blocks at paragraph level, as Pandoc's raw_tex.
/// </summary>
public static class MathInParagraphs
{
    public static void Merge(MarkdownDocument document)
    {
        foreach (var container in document.Descendants<ContainerBlock>().Prepend(document).ToList())
            for (var i = 0; i < container.Count; i++)
                if (container[i] is MathBlock { Kind: MathKind.Display, EndLine: >= 0 } math)
                    i = MergeAt(container, i, math);
    }

    /// <summary>Merges the formula at <paramref name="index"/>; returns the index of the block that now stands there.</summary>
    private static int MergeAt(ContainerBlock container, int index, MathBlock math)
    {
        var before = index > 0 && container[index - 1] is ParagraphBlock p && ReferenceEquals(p, math.Interrupted) ? p : null;
        var after = index + 1 < container.Count && container[index + 1] is ParagraphBlock n && n.Line == math.EndLine + 1 ? n : null;
        var trailing = math.Inline?.FirstChild is not null;
        if (before is null && after is null && !trailing) return index;

        var paragraph = before ?? new ParagraphBlock { Line = math.Line, Column = math.Column, Span = math.Span, Inline = new ContainerInline() };
        var inlines = paragraph.Inline ??= new ContainerInline();
        if (before is not null) inlines.AppendChild(new LineBreakInline { Line = math.Line, Column = math.Column });
        inlines.AppendChild(new MathInline
        {
            Tex = math.Tex, Kind = MathKind.Display, Line = math.Line, Column = math.Column, Span = math.Span,
        });
        if (trailing) MoveChildren(math.Inline!, inlines);
        if (after is not null)
        {
            inlines.AppendChild(new LineBreakInline { Line = after.Line, Column = after.Column });
            MoveChildren(after.Inline!, inlines);
            paragraph.UpdateSpanEnd(after.Span.End);
            container.Remove(after);
        }
        else paragraph.UpdateSpanEnd(math.Span.End);
        container.RemoveAt(index);
        if (before is not null) return index - 1;
        container.Insert(index, paragraph);
        return index;
    }

    private static void MoveChildren(ContainerInline from, ContainerInline to)
    {
        for (var child = from.FirstChild; child is not null;)
        {
            var next = child.NextSibling;
            child.Remove();
            to.AppendChild(child);
            child = next;
        }
    }
}
