using Markdig.Helpers;
using Markdig.Parsers;

namespace Blog.Markup.Openers;

/// <summary>
/// Makes a delimiter that can have no partner plain text before Markdig opens it. Markdig keeps every
/// open emphasis run (<c>*</c>, <c>_</c>, <c>~</c>) and every open <c>[</c> or <c>![</c> as a container
/// that holds the rest of the paragraph until the paragraph ends, so <c>a_ </c> written 10,300 times
/// (nothing nested, no <c>_</c> that could open) is 10,300 levels deep to Markdig, which refuses past
/// 10,240 and walks all levels for every later inline (quadratic time). Here, a <c>[</c> with no <c>]</c>
/// after it, and an emphasis run that may neither open towards a later run nor close an earlier one
/// (<see cref="ParagraphScan.MayPair"/>), become text at once: the same HTML, one level. Runs first.
/// </summary>
public sealed class LoneDelimiterParser : InlineParser
{
    public LoneDelimiterParser() => OpeningCharacters = [.. ParagraphScan.EmphasisCharacters, '[', '!'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var scan = ParagraphScan.For(text, slice.End);
        switch (text[start])
        {
            case '[':
            case '!' when start < slice.End && text[start + 1] == '[':
                return scan.NextCloser("]", start + 1) < 0 && LiteralText.Emit(processor, ref slice, start);
            case '!':
                return false;
            default:
                if (start > 0 && text[start - 1] == text[start]) return false; // inside a run Markdig splits itself (after an escape)
                var last = start;
                while (last < slice.End && text[last + 1] == text[start]) last++;
                return !scan.MayPair(text, start, last) && LiteralText.Emit(processor, ref slice, last);
        }
    }
}
