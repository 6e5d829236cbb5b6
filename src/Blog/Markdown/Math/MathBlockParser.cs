using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Markdown.Math;

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
        if (close >= 0 && !string.IsNullOrWhiteSpace(text[(close + closer!.Length)..]))
            return BlockState.None; // "$$x$$ and more": display math inside a paragraph, left to the inline parser
        processor.NewBlocks.Push(block);
        return Append(block, text, texStart, close);
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var math = (MathBlock)block;
        var text = processor.Line.ToString();
        math.Buffer.Append('\n');
        var state = Append(math, text, 0, FindCloser(math, text, 0));
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
        var open = false;
        foreach (var line in paragraph.Lines.Lines.Take(paragraph.Lines.Count))
        {
            var s = line.Slice.ToString();
            for (var i = 0; i < s.Length - 1; i++)
            {
                if (s[i] == '\\') { i++; continue; }
                if (s[i] == '$' && s[i + 1] == '$') { open = !open; i++; }
            }
        }
        return !open;
    }

    private static BlockState Append(MathBlock block, string text, int from, int close)
    {
        if (close < 0)
        {
            block.Buffer.Append(text, from, text.Length - from);
            return BlockState.ContinueDiscard;
        }
        var end = block.Kind == MathKind.Environment ? close + block.Closer.Length : close;
        block.Buffer.Append(text, from, System.Math.Max(0, end - from));
        block.Trailing = text[(close + block.Closer.Length)..].Trim();
        return BlockState.BreakDiscard;
    }

    private static int FindCloser(MathBlock block, string text, int from) => block.Kind switch
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
