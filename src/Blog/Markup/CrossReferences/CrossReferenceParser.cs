using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Markup.CrossReferences;

/// <summary>
/// Reads references whose id starts with a cross-reference prefix (Quarto's: <c>fig-</c> <c>tbl-</c>
/// <c>sec-</c> <c>eq-</c> and the theorem kinds): <c>@id</c>, <c>[@id]</c>, <c>[-@id]</c>, and
/// <c>@slug/id</c> into another post, and groups <c>[@id; @id; -@id]</c> whose every ';'-separated part
/// is one reference (<see cref="CrossReferenceGroup"/>). Anything else is left to the citation parser
/// (or stays text), and an @ after a letter, digit, '.', '_' or '\' (an e-mail address) is never a reference.
/// </summary>
/// <remarks>The separators of a group stand between its references: <c>Between</c> before each but the
/// last, <c>Last</c> before the last ("、" and " 和 " in zh-CN, ", " and " and " in en).</remarks>
public sealed class CrossReferenceParser : InlineParser
{
    private readonly (string Between, string Last) _separators;

    /// <summary>Id prefixes that make a reference.</summary>
    public static readonly string[] Prefixes = ["fig", "tbl", "sec", "eq", "thm", "lem", "cor", "prp", "cnj", "def", "exm", "exr"];

    /// <summary>A parser whose groups are joined with "; " (for trees read without a theme: tools, tests).</summary>
    public CrossReferenceParser() : this(("; ", "; ")) { }

    public CrossReferenceParser((string Between, string Last) separators)
    {
        _separators = separators;
        OpeningCharacters = ['@', '['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (text[start] == '[')
        {
            if (Bracket(processor, text, start, slice.End) is not var (inline, bracketEnd)) return false;
            processor.Inline = inline;
            slice.Start = bracketEnd;
            return true;
        }
        var before = slice.PeekCharExtra(-1);
        if (char.IsAsciiLetterOrDigit(before) || before is '\\' or '.' or '_') return false;
        if (Read(text, start + 1, slice.End) is not var (slug, id, end)) return false;
        processor.Inline = Reference(processor, slug, id, suppress: false, start, end);
        slice.Start = end;
        return true;
    }

    /// <summary>
    /// <c>[@a]</c>, <c>[-@a]</c> or <c>[@a; -@b; @c]</c>: a bracket whose every ';'-separated part is one
    /// reference and nothing else (spaces aside), the same rule for one part as for several. One part gives a
    /// <see cref="CrossReference"/> spanning the whole bracket, several a <see cref="CrossReferenceGroup"/>.
    /// A part with other text, an empty part (a trailing ';') or a citation key makes it none of ours (the
    /// citation parser's, or plain text), and so does a bracket followed by '(' or '[' (a link's text).
    /// </summary>
    private (Inline Inline, int End)? Bracket(InlineProcessor processor, string text, int start, int last)
    {
        var close = text.IndexOf(']', start, last - start + 1);
        if (close < 0) return null;
        if (close + 1 <= last && text[close + 1] is '(' or '[') return null; // [..](url) is a link
        var parts = new List<(string? Slug, string Id, bool Suppress, int Begin, int End)>();
        for (var from = start + 1; from <= close; )
        {
            var end = text.IndexOf(';', from, close - from) is var semicolon and >= 0 ? semicolon : close;
            if (Part(text, from, end) is not { } part) return null;
            parts.Add(part);
            from = end + 1;
        }
        if (parts.Count == 1)
        {
            var (slug, id, suppress, _, _) = parts[0];
            return (Reference(processor, slug, id, suppress, start, close + 1), close + 1);
        }
        var groupPosition = processor.GetSourcePosition(start, out var groupLine, out var groupColumn);
        var group = new CrossReferenceGroup
        {
            Span = new SourceSpan(groupPosition, groupPosition + close - start), Line = groupLine, Column = groupColumn, IsClosed = true,
        };
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0) group.AppendChild(new LiteralInline(i == parts.Count - 1 ? _separators.Last : _separators.Between));
            var (slug, id, suppress, begin, end) = parts[i];
            group.AppendChild(Reference(processor, slug, id, suppress, begin, end));
        }
        return (group, close + 1);
    }

    /// <summary>
    /// One part of a bracket, <c>text[from..end)</c>: spaces, an optional '-' (suppress the name), '@', an id,
    /// spaces. <c>Begin</c> is the '-' or '@', <c>End</c> the index after the id; null when the part is anything else.
    /// </summary>
    private static (string? Slug, string Id, bool Suppress, int Begin, int End)? Part(string text, int from, int end)
    {
        var at = from;
        while (at < end && char.IsWhiteSpace(text[at])) at++;
        var begin = at;
        var suppress = at < end && text[at] == '-';
        if (suppress) at++;
        if (at >= end || text[at] != '@' || Read(text, at + 1, end - 1) is not var (slug, id, idEnd)) return null;
        var after = idEnd;
        while (after < end && char.IsWhiteSpace(text[after])) after++;
        return after == end ? (slug, id, suppress, begin, idEnd) : null;
    }

    /// <summary>A reference whose source is <c>text[begin..end)</c>; its line and column are those of <paramref name="begin"/>.</summary>
    private static CrossReference Reference(InlineProcessor processor, string? slug, string id, bool suppress, int begin, int end)
    {
        var position = processor.GetSourcePosition(begin, out var line, out var column);
        return new CrossReference
        {
            Slug = slug, Id = id, SuppressName = suppress,
            Span = new SourceSpan(position, position + end - begin - 1), Line = line, Column = column,
        };
    }

    /// <summary>"slug/prefix-name" or "prefix-name" from <paramref name="from"/>; a trailing '.' or '-' ends the sentence, not the id.</summary>
    private static (string? Slug, string Id, int End)? Read(string text, int from, int last)
    {
        var end = from;
        var slash = -1;
        while (end <= last && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '_' or '.' or ':' or '/'))
        {
            if (text[end] == '/') { if (slash >= 0) break; slash = end; }
            end++;
        }
        while (end > from && text[end - 1] is '.' or '-' or '_' or ':' or '/') end--;
        var idStart = slash >= 0 && slash < end ? slash + 1 : from;
        var id = text[idStart..end];
        var dash = id.IndexOf('-');
        if (dash <= 0 || dash == id.Length - 1 || !Prefixes.Contains(id[..dash])) return null;
        if (id.Contains('/') || id.Contains('.') && id[..dash] != "eq") return null;
        var slug = idStart > from ? text[from..(idStart - 1)] : null;
        if (slug is { Length: 0 }) return null;
        return (slug, id, end);
    }
}
