using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Markup.Formulas;

/// <summary>
/// Parses formulas in running text before Markdig sees emphasis, links, escapes or HTML in them,
/// so that their TeX reaches MathJax byte for byte. <c>\$</c> is left to Markdig's escape parser
/// and becomes a literal dollar. A bare <c>\eqref{label}</c> or <c>\ref{label}</c> in running text
/// is a formula of its own, as MathJax's <c>processRefs</c> (on by default) makes it in a browser.
/// </summary>
public sealed class MathInlineParser : InlineParser
{
    public MathInlineParser() => OpeningCharacters = ['$', '\\'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        int start = slice.Start, limit = slice.End + 1;
        var (kind, texStart, texEnd, next) = slice.CurrentChar == '$' ? MatchDollar(text, start, limit) : MatchBackslash(text, start, limit);
        if (kind is null)
        {
            if (slice.CurrentChar != '$' || next <= start) return false;
            // An unclosed "$$" is literal text; consuming both dollars keeps the second from opening inline math.
            processor.Inline = new Markdig.Syntax.Inlines.LiteralInline(new StringSlice(text, start, next - 1));
            slice.Start = next;
            return true;
        }
        var startPosition = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new MathInline
        {
            Tex = text[texStart..texEnd],
            Kind = kind.Value,
            Span = new SourceSpan(startPosition, startPosition + (next - start) - 1),
            Line = line,
            Column = column,
        };
        slice.Start = next;
        return true;
    }

    /// <summary>
    /// The formula that starts at <paramref name="start"/> of plain text (a raw HTML block's text):
    /// its kind (null when none), where its TeX starts and ends, and where the text goes on.
    /// The same rules as in running Markdown text.
    /// </summary>
    internal static (MathKind? Kind, int TexStart, int TexEnd, int Next) At(string text, int start, int limit) => text[start] switch
    {
        '$' => MatchDollar(text, start, limit),
        '\\' => MatchBackslash(text, start, limit),
        _ => (null, 0, 0, start),
    };

    private static (MathKind?, int, int, int) MatchDollar(string text, int start, int limit)
    {
        if (start + 1 < limit && text[start + 1] == '$')
        {
            var end = TexScanner.FindDoubleDollarEnd(text, start + 2, limit);
            return end < 0 ? (null, 0, 0, start + 2) : (MathKind.Display, start + 2, end, end + 2);
        }
        var close = TexScanner.FindInlineDollarEnd(text, start, limit);
        return close < 0 ? (null, 0, 0, start) : (MathKind.Inline, start + 1, close, close + 1);
    }

    private static (MathKind?, int, int, int) MatchBackslash(string text, int start, int limit)
    {
        if (start + 1 >= limit) return (null, 0, 0, start);
        switch (text[start + 1])
        {
            case '(' or '[':
                var closer = text[start + 1] == '(' ? ')' : ']';
                var end = TexScanner.FindBackslashEnd(text, start + 2, limit, closer);
                return end < 0 ? (null, 0, 0, start)
                    : (closer == ')' ? MathKind.Inline : MathKind.Display, start + 2, end, end + 2);
            case 'e' or 'r' when ReferenceEnd(text, start, limit) is > 0 and var referenceEnd:
                return (MathKind.Inline, start, referenceEnd, referenceEnd);
            case 'b' when TexScanner.EnvironmentAt(text, start) is { } env:
                var after = TexScanner.FindEnvironmentEnd(text, start + 8 + env.Length, limit, env);
                return after < 0 ? (null, 0, 0, start) : (MathKind.Environment, start, after, after);
            default:
                return (null, 0, 0, start);
        }
    }

    /// <summary>
    /// Where a bare <c>\eqref{label}</c> or <c>\ref{label}</c> at <paramref name="start"/> ends (after
    /// its closing brace), or -1: the label is one line of text without braces or backslashes.
    /// </summary>
    private static int ReferenceEnd(string text, int start, int limit)
    {
        foreach (var command in (ReadOnlySpan<string>)["\\eqref{", "\\ref{"])
        {
            if (start + command.Length > limit || string.CompareOrdinal(text, start, command, 0, command.Length) != 0) continue;
            var open = start + command.Length;
            for (var i = open; i < limit; i++)
            {
                if (text[i] == '}') return i > open ? i + 1 : -1;
                if (text[i] is '{' or '\\' or '\n' or '\r') return -1;
            }
            return -1;
        }
        return -1;
    }
}
