using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Markup.Citations;

/// <summary>
/// Reads Pandoc citations (https://pandoc.org/MANUAL.html#citation-syntax): <c>[@a]</c>,
/// <c>[@a, p. 3]</c>, <c>[@a; @b]</c>, <c>[see @a, chap. 2]</c>, <c>[-@a]</c> and author-in-text
/// <c>@a</c> (optionally followed by a locator in brackets: <c>@a [p. 3]</c>). It leaves alone what is
/// not a citation: links (<c>[@a](url)</c>), brackets with a part that has no key, an @ inside a word
/// (e-mail addresses), and keys the cross-reference parser owns (<see cref="CitationKeys.IsCrossReference"/>).
/// Runs before Markdig's link parser.
/// </summary>
public sealed class CitationParser : InlineParser
{
    public CitationParser() => OpeningCharacters = ['[', '@'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        int end;
        Citation? citation;
        if (slice.CurrentChar == '[')
        {
            (citation, end) = Bracketed(text, start, slice.End);
        }
        else
        {
            var before = slice.PeekCharExtra(-1);
            if (char.IsLetterOrDigit(before) || before is '\\' or '_' or '@') return false;
            (citation, end) = InText(text, start, slice.End);
        }
        if (citation is null) return false;
        var position = processor.GetSourcePosition(start, out var line, out var column);
        citation.Span = new SourceSpan(position, position + end - start - 1);
        citation.Line = line;
        citation.Column = column;
        processor.Inline = citation;
        slice.Start = end;
        return true;
    }

    /// <summary><c>[…]</c> whose every ';'-separated part holds one key; returns the end after ']'.</summary>
    private static (Citation?, int) Bracketed(string text, int start, int last)
    {
        var close = ClosingBracket(text, start, last);
        if (close < 0) return (null, 0);
        // A link or a reference link: [@a](url), [@a][ref]; but [@a][^note] is a citation and a note mark, as in Pandoc.
        if (close + 1 <= last && (text[close + 1] == '(' || text[close + 1] == '[' && !(close + 2 <= last && text[close + 2] == '^'))) return (null, 0);
        var items = new List<CitationItem>();
        foreach (var part in text[(start + 1)..close].Split(';'))
        {
            if (Item(part) is not { } item) return (null, 0);
            items.Add(item);
        }
        if (items.Count == 0 || items.Any(i => CitationKeys.IsCrossReference(i.Key))) return (null, 0);
        return (new Citation { Items = items, Source = text[start..(close + 1)] }, close + 1);
    }

    /// <summary>One part of a bracketed citation: prefix, optional '-', '@key', suffix (with a locator).</summary>
    private static CitationItem? Item(string part)
    {
        for (var at = part.IndexOf('@'); at >= 0; at = part.IndexOf('@', at + 1))
        {
            var before = at > 0 ? part[at - 1] : ' ';
            if (char.IsLetterOrDigit(before) || before is '_' or '\\') continue; // an e-mail address or \@
            var end = CitationKeys.Scan(part, at + 1, part.Length - 1, out var key);
            if (end < 0) continue;
            var suppress = at > 0 && part[at - 1] == '-';
            var prefix = part[..(suppress ? at - 1 : at)];
            var (locator, label, suffix, written) = Locators.Split(part[end..]);
            // A second key in the same part is a missing ';': not a citation.
            if (part.IndexOf('@', end) is var next && next >= 0 && CitationKeys.Scan(part, next + 1, part.Length - 1, out _) > 0
                && (next == 0 || !char.IsLetterOrDigit(part[next - 1]))) return null;
            return new CitationItem(key, prefix.TrimStart(), suffix.TrimEnd(), locator, label, suppress, written);
        }
        return null;
    }

    /// <summary>Author-in-text <c>@key</c>, with an optional locator in brackets right after it: <c>@a [p. 3]</c>.</summary>
    private static (Citation?, int) InText(string text, int start, int last)
    {
        var end = CitationKeys.Scan(text, start + 1, last, out var key);
        if (end < 0 || CitationKeys.IsCrossReference(key)) return (null, 0);
        var item = new CitationItem(key);
        if (end + 1 <= last && text[end] == ' ' && text[end + 1] == '[')
        {
            var close = ClosingBracket(text, end + 1, last);
            var inside = close < 0 ? "" : text[(end + 2)..close];
            if (close > 0 && !inside.Contains('@') && !(close + 1 <= last && text[close + 1] is '(' or '['))
            {
                var (locator, label, suffix, written) = Locators.Split(inside);
                item = item with { Locator = locator, Label = label, Suffix = locator.Length > 0 ? suffix.TrimEnd() : inside, LocatorText = written };
                end = close + 1;
            }
        }
        return (new Citation { Items = [item], AuthorInText = true, Source = text[start..end] }, end);
    }

    /// <summary>The ']' that closes the '[' at <paramref name="open"/>, skipping nested brackets and backslash escapes; -1 if none.</summary>
    private static int ClosingBracket(string text, int open, int last)
    {
        var depth = 0;
        for (var i = open; i <= last; i++)
        {
            switch (text[i])
            {
                case '\\': i++; break;
                case '[': depth++; break;
                case ']' when --depth == 0: return i;
            }
        }
        return -1;
    }
}
