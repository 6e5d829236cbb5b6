using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Markup.Formulas;

/// <summary>
/// Opens display math on a line that starts with <c>$$</c>, <c>\[</c> or <c>\begin{equation}</c> (and the
/// other AMS environments) and keeps every following line verbatim until the closing delimiter, so
/// that lines inside the formula such as <c>+ b</c> or <c># x</c> never become lists or headings.
/// Works inside lists and blockquotes like any block.
/// </summary>
public sealed class MathBlockParser : BlockParser
{
    public MathBlockParser() => OpeningCharacters = ['$', '\\'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var text = processor.Line.ToString();
        var (kind, openerLength, closer) = Opener(text);
        if (kind is null) return BlockState.None;

        var texStart = kind == MathKind.Environment ? 0 : openerLength;
        var block = new MathBlock(this)
        {
            Kind = kind.Value, Closer = closer!,
            Line = processor.LineIndex, Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        };
        var close = FindCloser(block, text, openerLength);
        if (close >= 0 && !string.IsNullOrWhiteSpace(text[(close + closer!.Length)..]) && EquationLabel.Of(text[(close + closer.Length)..]) is null)
            return BlockState.None; // "$$x$$ and more": display math inside a paragraph, left to the inline parser
        // As in Pandoc, an opener without its closer is plain text, not a formula swallowing the rest
        // of the file. "$$" and "\[" math has no blank line inside; environments are LaTeX's own
        // blocks and may hold blank lines.
        if (close < 0 && !ClosesLater(block, processor.Line.Text, processor.Line.End + 1, stopAtBlankLine: kind != MathKind.Environment))
            return BlockState.None;
        block.Interrupted = processor.CurrentBlock as ParagraphBlock;
        processor.NewBlocks.Push(block);
        return Append(block, processor, text, texStart, close);
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var math = (MathBlock)block;
        // Keep the line's own indentation (relative to its container): it is part of the TeX.
        processor.GoToColumn(processor.ColumnBeforeIndent);
        var text = processor.Line.ToString();
        math.Buffer.Append('\n');
        var state = Append(math, processor, text, 0, FindCloser(math, text, 0));
        math.UpdateSpanEnd(processor.Line.End);
        return state;
    }

    /// <summary>
    /// A "$$" line must not cut a paragraph whose own "$$" is still open: then it is the closing
    /// delimiter of inline display math, and the inline parser handles the whole formula.
    /// </summary>
    public override bool CanInterrupt(BlockProcessor processor, Block block)
    {
        if (block is not ParagraphBlock paragraph) return true;
        // A paragraph only grows: remember how far it was read and whether a "$$" was open there.
        var seen = paragraph.GetData(typeof(MathBlockParser)) as DollarState ?? new DollarState();
        for (; seen.Lines < paragraph.Lines.Count; seen.Lines++)
        {
            var s = paragraph.Lines.Lines[seen.Lines].Slice.ToString();
            for (var i = 0; i < s.Length - 1; i++)
            {
                if (s[i] == '\\') { i++; continue; }
                if (s[i] == '$' && s[i + 1] == '$') { seen.Open = !seen.Open; i++; }
            }
        }
        paragraph.SetData(typeof(MathBlockParser), seen);
        return !seen.Open;
    }

    private sealed class DollarState
    {
        public int Lines;
        public bool Open;
    }

    /// <summary>
    /// Looks ahead in the source for the closer, line by line, until the end or, if asked, a blank
    /// line. A line holding only container markers ("> ") counts as blank: a blockquote's paragraph
    /// ends there too. Answered from a <see cref="LineMemo"/> of the source, so that thousands of
    /// openers without a closer do not each read the rest of the file.
    /// </summary>
    private static bool ClosesLater(MathBlock block, string source, int from, bool stopAtBlankLine) =>
        LineMemo.For(source).ClosesLater(from, block.Closer, line => FindCloser(block, line, 0) >= 0, stopAtBlankLine);

    internal static BlockState Append(MathBlock block, BlockProcessor processor, string text, int from, int close)
    {
        if (close < 0)
        {
            block.Buffer.Append(text, from, text.Length - from);
            return BlockState.ContinueDiscard;
        }
        block.EndLine = processor.LineIndex;
        var end = block.Kind == MathKind.Environment ? close + block.Closer.Length : close;
        block.Buffer.Append(text, from, System.Math.Max(0, end - from));
        // Text after the closer ("$$，其中 $y$ 是常数。") is Markdown like any paragraph: it goes to
        // the block's lines, which Markdig parses as inlines (math, emphasis, links) after the block.
        var trailing = new StringSlice(processor.Line.Text, processor.Line.Start + close + block.Closer.Length, processor.Line.End);
        trailing.TrimStart();
        if (block.Kind == MathKind.Display && EquationLabel.Of(trailing.ToString()) is { } label) block.SetLabel(label);
        else if (!trailing.IsEmpty)
        {
            block.AppendLine(ref trailing, processor.Column, processor.LineIndex, processor.CurrentLineStartPosition, false);
            block.ProcessInlines = true;
            // Markdig numbers a leaf's inlines from the block's first line; these are on its last.
            var shift = processor.LineIndex - block.Line;
            block.ProcessInlinesEnd += (_, _) =>
            {
                foreach (var inline in block.Inline!.Descendants()) inline.Line += shift;
            };
        }
        return BlockState.BreakDiscard;
    }

    internal static int FindCloser(MathBlock block, string text, int from) => block.Kind switch
    {
        MathKind.Environment => TexScanner.FindEnvironmentEnd(text, from, text.Length, block.Closer[5..^1]) is var e and >= 0
            ? e - block.Closer.Length : -1,
        _ when block.Closer == "$$" => TexScanner.FindDoubleDollarEnd(text, from, text.Length),
        _ => TexScanner.FindBackslashEnd(text, from, text.Length, ']'),
    };

    private static (MathKind?, int, string?) Opener(string text)
    {
        if (text.StartsWith("$$", StringComparison.Ordinal)) return (MathKind.Display, 2, "$$");
        if (text.StartsWith("\\[", StringComparison.Ordinal)) return (MathKind.Display, 2, "\\]");
        if (TexScanner.EnvironmentAt(text, 0) is { } env)
            return (MathKind.Environment, "\\begin{}".Length + env.Length, $"\\end{{{env}}}");
        return (null, 0, null);
    }
}
