using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Markup.Openers;

/// <summary>Emits the characters from the slice's start to a given last position as plain text, as Markdig does with an opener that matches nothing.</summary>
internal static class LiteralText
{
    public static bool Emit(InlineProcessor processor, ref StringSlice slice, int last)
    {
        var start = slice.Start;
        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new LiteralInline(new StringSlice(slice.Text, start, last))
        {
            Span = new SourceSpan(position, position + last - start),
            Line = line,
            Column = column,
        };
        slice.Start = last + 1;
        return true;
    }
}
