using Markdig.Helpers;
using Markdig.Parsers;

namespace Blog.Markup.ComputeBlocks;

/// <summary>Reads <c>@fig-…</c> and <c>@tbl-…</c>; an @ inside a word (an e-mail address) stays text.</summary>
public sealed class CrossReferenceParser : InlineParser
{
    public CrossReferenceParser() => OpeningCharacters = ['@'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var before = slice.PeekCharExtra(-1);
        if (char.IsAsciiLetterOrDigit(before) || before is '\\' or '.' or '_') return false;
        var text = slice.Text;
        var start = slice.Start + 1;
        if (string.CompareOrdinal(text, start, "fig-", 0, 4) != 0 && string.CompareOrdinal(text, start, "tbl-", 0, 4) != 0) return false;
        var end = start + 4;
        while (end <= slice.End && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '-' or '_')) end++;
        while (end > start + 4 && text[end - 1] is '-' or '_') end--; // "见@fig-a-" ends the label before the dash
        if (end == start + 4) return false;
        var position = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new CrossReference
        {
            Label = text[start..end],
            Span = new Markdig.Syntax.SourceSpan(position, position + end - slice.Start - 1),
            Line = line,
            Column = column,
        };
        slice.Start = end;
        return true;
    }
}
