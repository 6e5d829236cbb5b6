using Blog.Markup.Formulas;
using Markdig;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Markup.Parsing;

/// <summary>
/// Parsing with line numbers of the file: a body (<see cref="Body"/>), or a front-matter field that
/// holds one line of Markdown (a title, a summary, a caption), parsed
/// with the site's pipeline as inlines only: a title "1. 引言" or "# x" stays text, as a writer
/// means it, instead of becoming a list or a heading. Math, emphasis, code and links work as in the
/// body; raw HTML is kept as text, since front-matter values are shown, never run.
/// </summary>
public static class InlineMarkdown
{
    /// <summary>The field's inlines as a paragraph (lines shifted to <paramref name="line"/> of the file), or null for empty text.</summary>
    /// <param name="column">
    /// The 1-based column of the field's first character in that line, when the text stands there as it is
    /// (0: not known). Known, the inlines' columns are the file's; not known, the paragraph is marked
    /// (<see cref="ColumnsUnknown"/>) and its formulas' columns are -1.
    /// </param>
    public static ParagraphBlock? Parse(string markdown, int line, MarkdownPipeline pipeline, int column = 0)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return null;
        var text = markdown.Trim();
        var lead = markdown.Length - markdown.TrimStart().Length;
        var paragraph = Single(Markdig.Markdown.Parse(text, pipeline))
            // Something else started a block (a list marker, '#', '>', '<div>'): escape what started it, as CommonMark allows.
            ?? Single(Markdig.Markdown.Parse(EscapeBlockStart(text), pipeline));
        if (paragraph is null) return null;
        // Front-matter values are shown, never run: raw HTML in a title or summary is text (escaped when written).
        HtmlAsText(paragraph.Inline!);
        ShiftLines(paragraph, line - 1);
        // Markdig counts columns from the field's value: shifted to the file's when its place is known; else a formula's is unknown (-1).
        if (column > 0 && !text.Contains('\n'))
            foreach (var inline in paragraph.Inline!.Descendants()) inline.Column += column - 1 + lead;
        else
        {
            paragraph.SetData(ColumnsUnknown, true);
            foreach (var math in paragraph.Inline!.Descendants<MathInline>()) math.Column = -1;
        }
        return paragraph;
    }

    /// <summary>Data key set on a field's paragraph whose inlines' columns count from the field, not the line of the file.</summary>
    public static readonly object ColumnsUnknown = new();

    /// <summary>Whether <paramref name="node"/>'s column is the file's: false inside a field whose place in its line is not known.</summary>
    public static bool HasFileColumn(MarkdownObject node)
    {
        MarkdownObject? at = node;
        while (at is Inline { Parent: { } parent }) at = parent;
        if (at is ContainerInline { ParentBlock: { } block }) at = block;
        while (at is Block { Parent: { } up }) at = up;
        return at is not null && at.GetData(ColumnsUnknown) is null;
    }

    /// <summary>Turns each raw HTML inline under <paramref name="inline"/> into text (escaped when written).</summary>
    public static void HtmlAsText(ContainerInline inline)
    {
        foreach (var html in inline.Descendants<HtmlInline>().ToList())
            html.ReplaceBy(new LiteralInline(html.Tag) { Span = html.Span, Line = html.Line, Column = html.Column });
    }

    /// <summary>The syntax tree of a body whose first line is line <paramref name="firstLine"/> of the file.</summary>
    public static MarkdownDocument Body(string markdown, int firstLine, MarkdownPipeline pipeline)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        // Markdig counts lines from the body; shift them so every node (and every diagnostic and
        // data-line attribute made from it) points at the line in the Markdown file.
        ShiftLines(document, firstLine - 1);
        return document;
    }

    /// <summary>Adds <paramref name="offset"/> to the line of every node under <paramref name="root"/> (the root included).</summary>
    public static void ShiftLines(MarkdownObject root, int offset)
    {
        if (offset == 0) return;
        if (root is not MarkdownDocument) root.Line += offset;
        // Markdig's Descendants() of a lone leaf block does not reach its inlines: walk them directly.
        var nodes = root is LeafBlock { Inline: { } inline } ? inline.Descendants().Cast<MarkdownObject>() : root.Descendants();
        // Blocks parsed in the body but kept beside it (a theorem's name attribute) are shifted too.
        var aside = new List<Block>();
        foreach (var node in nodes)
        {
            node.Line += offset;
            if (node is IKeepsBlocksAside keeper) aside.AddRange(keeper.BlocksAside);
        }
        foreach (var block in aside) ShiftLines(block, offset);
    }

    private static ParagraphBlock? Single(MarkdownDocument document)
    {
        if (document.Count != 1 || document[0] is not ParagraphBlock paragraph) return null;
        document.Remove(paragraph); // detached, so the paragraph stands alone as the field's tree
        return paragraph;
    }

    /// <summary>A backslash before the ASCII punctuation that makes the text a block (after digits for "1." and "1)").</summary>
    private static string EscapeBlockStart(string text)
    {
        var at = 0;
        while (at < text.Length && char.IsAsciiDigit(text[at])) at++;
        return at < text.Length && CharHelper.IsAsciiPunctuation(text[at]) ? text[..at] + "\\" + text[at..] : text;
    }
}
