using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Markup.Formulas;

/// <summary>
/// Lazy continuation lines for display math inside a block quote or list item: a line that lacks
/// the container's marker (<c>&gt;</c> or indentation) but comes while a formula is still open
/// belongs to the formula, as CommonMark lets such a line continue a paragraph and as Pandoc reads
/// it. Without this a line such as <c>a \\</c> under <c>&gt; \begin{pmatrix}</c> would close the
/// quote and cut the environment in two. Registered twice, before every other block parser: once
/// for lines starting with an ASCII character, once as a global parser for the rest (CJK text).
/// </summary>
public sealed class MathLazyContinuationParser : BlockParser
{
    private static readonly char[] Ascii = [.. Enumerable.Range(0x21, 0x7E - 0x20).Select(c => (char)c)];

    /// <param name="global">True for the instance tried on lines of any first character (after the character-specific parsers).</param>
    public MathLazyContinuationParser(bool global) => OpeningCharacters = global ? null : Ascii;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        // The formula's own parser continued it when its containers did; here they did not.
        if (processor.CurrentBlock is not MathBlock { IsOpen: false, EndLine: < 0 } math) return BlockState.None;
        processor.GoToColumn(processor.ColumnBeforeIndent);
        var text = processor.Line.ToString();
        math.Buffer.Append('\n');
        var state = MathBlockParser.Append(math, processor, text, 0, MathBlockParser.FindCloser(math, text, 0));
        math.UpdateSpanEnd(processor.Line.End);
        // Keep the containers open, as Markdig does for a paragraph's lazy line; the formula stays open until its closer.
        for (Block? b = math.Parent; b is not null; b = b.Parent) b.IsOpen = true;
        math.IsOpen = state == BlockState.ContinueDiscard;
        return BlockState.BreakDiscard;
    }
}
