using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Markup.FencedDivs;

/// <summary>
/// Pandoc's fenced_divs: an opening fence of at least three colons followed by attributes (or one
/// class word), and a closing fence of at least three colons with nothing after it. Divs nest: a
/// closing fence closes the innermost open div, also when both fences have the same length, and a
/// fence inside an open code block or formula is text.
/// </summary>
public sealed class FencedDivParser : BlockParser
{
    public FencedDivParser() => OpeningCharacters = [':'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var text = processor.Line.ToString();
        var colons = Colons(text);
        if (colons < 3) return BlockState.None;
        // Pandoc allows trailing colons after the attributes: ::: {.note} :::
        var rest = text[colons..].TrimEnd().TrimEnd(':').Trim();
        if (DivAttributes.Parse(rest) is not { } attributes) return BlockState.None;
        var div = new FencedDiv(this)
        {
            Attributes = attributes,
            FenceLength = colons,
            Kind = DivKind.Of(attributes),
            Column = processor.Column,
            Line = processor.LineIndex,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        };
        if (div.Kind is not null) AddName(processor, div, colons + (text.Length - colons - text[colons..].TrimStart().Length));
        processor.NewBlocks.Push(div);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (processor.IsCodeIndent || !IsClosingFence(processor.Line.ToString()) || HasOpenInner(block)) return BlockState.Continue;
        block.UpdateSpanEnd(processor.Line.End);
        ((FencedDiv)block).Closed = true;
        return BlockState.BreakDiscard;
    }

    /// <summary>
    /// The <c>name</c> (else <c>title</c>) attribute as a leaf of inline Markdown over its own characters
    /// in the file, so its inlines get their real line and column. <paramref name="attributesAt"/> is
    /// where the attribute block starts in the line.
    /// </summary>
    private static void AddName(BlockProcessor processor, FencedDiv div, int attributesAt)
    {
        // A theorem or proof shows its name; a callout its name or title (HtmlFencedDivRenderer).
        var key = div.Attributes.Value("name") is not null ? "name"
            : div.Kind!.Family == DivFamily.Callout && div.Attributes.Value("title") is not null ? "title" : null;
        if (key is null || string.IsNullOrWhiteSpace(div.Attributes.Values[key])) return;
        var offset = attributesAt + div.Attributes.ValueStarts[key];
        var start = processor.Line.Start + offset;
        var slice = new StringSlice(processor.Line.Text, start, start + div.Attributes.Values[key].Length - 1);
        var block = new DivNameBlock(null)
        {
            Attribute = key,
            ProcessInlines = true,
            IsOpen = false,
            Line = processor.LineIndex,
            Column = processor.Column + offset,
            Span = new SourceSpan(slice.Start, slice.End),
        };
        block.AppendLine(ref slice, block.Column, processor.LineIndex, start, false);
        div.Add(block);
    }

    private static bool IsClosingFence(string text) => Colons(text) >= 3 && text.Trim().All(c => c == ':');

    private static int Colons(string text)
    {
        var n = 0;
        while (n < text.Length && text[n] == ':') n++;
        return n;
    }

    /// <summary>
    /// An open div or code block inside gets the fence line first. (Markdig's <c>IsOpen</c> is not
    /// kept up to date while children are continued, so closing is read from the blocks themselves.)
    /// </summary>
    private static bool HasOpenInner(Block block)
    {
        for (var inner = (block as ContainerBlock)?.LastChild; inner is not null; inner = (inner as ContainerBlock)?.LastChild)
        {
            if (inner is FencedDiv div) return !div.Closed;
            if (inner is FencedCodeBlock code) return code.ClosingFencedCharCount == 0;
        }
        return false;
    }
}
