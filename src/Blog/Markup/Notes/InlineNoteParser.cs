using Blog.Markup.Formulas;
using Markdig.Extensions.Footnotes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Markup.Notes;

/// <summary>
/// Reads <c>^[text]</c> as a note: a Markdig <see cref="Footnote"/> holding one paragraph, whose text is
/// parsed as inline Markdown like the rest of the paragraph (formulas, citations, cross-references,
/// emphasis), with lines and columns of the file. The brackets nest; a formula or a backslash escape
/// inside the note may hold a bracket of its own. The note's number is given when the page is parsed
/// (<see cref="NoteNumbering"/>).
/// </summary>
public sealed class InlineNoteParser : InlineParser
{
    public InlineNoteParser() => OpeningCharacters = ['^'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (start + 1 > slice.End || text[start + 1] != '[') return false;
        var close = ClosingBracket(text, start + 1, slice.End + 1);
        if (close < 0 || close == start + 2) return false;

        var markPosition = processor.GetSourcePosition(start, out var markLine, out var markColumn);
        var note = new Footnote(NoteNumbering.Parser) { Line = markLine, Column = markColumn, Span = new SourceSpan(markPosition, markPosition + close - start) };
        var paragraph = new ParagraphBlock { Line = -1 };
        // The note's text, line by line, as slices of the file's text, so positions inside it are the file's.
        for (var from = start + 2; from < close;)
        {
            var newline = text.IndexOf('\n', from, close - from);
            var end = newline < 0 ? close : newline;
            var position = processor.GetSourcePosition(from, out var line, out var column);
            if (paragraph.Line < 0)
            {
                paragraph.Line = line;
                paragraph.Column = column;
                paragraph.Span = new SourceSpan(position, position + close - from - 1);
            }
            // Markdig takes a position from a slice's index in its text: the text must hold the note at its place in the file.
            var backing = position == from ? text : new string(' ', position) + text[from..end];
            var part = new StringSlice(backing, position, position + end - from - 1);
            paragraph.AppendLine(ref part, column, line, position, false);
            from = end + 1;
        }
        note.Add(paragraph);
        new InlineProcessor(processor.Document, processor.Parsers, processor.PreciseSourceLocation, processor.Context, processor.TrackTrivia)
            .ProcessInlineLeaf(paragraph);

        var link = new FootnoteLink(note) { Line = markLine, Column = markColumn, Span = note.Span };
        note.Links.Add(link);
        NoteNumbering.Track(processor.Document, note);
        processor.Inline = link;
        slice.Start = close + 1;
        return true;
    }

    /// <summary>The ']' closing the '[' at <paramref name="open"/>: brackets nest; escapes and formulas are skipped. -1 if none.</summary>
    private static int ClosingBracket(string text, int open, int limit)
    {
        var depth = 0;
        for (var i = open; i < limit; i++)
        {
            switch (text[i])
            {
                case '\\' or '$' when MathInlineParser.At(text, i, limit) is { Kind: not null, Next: var after }:
                    i = after - 1;
                    break;
                case '\\':
                    i++;
                    break;
                case '[':
                    depth++;
                    break;
                case ']' when --depth == 0:
                    return i;
            }
        }
        return -1;
    }
}
