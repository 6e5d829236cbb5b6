using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Markup.CrossReferences;

/// <summary>
/// Reads references whose id starts with a cross-reference prefix (Quarto's: <c>fig-</c> <c>tbl-</c>
/// <c>sec-</c> <c>eq-</c> and the theorem kinds): <c>@id</c>, <c>[@id]</c>, <c>[-@id]</c>, and
/// <c>@slug/id</c> into another post. Anything else is left to the citation parser (or stays text),
/// and an @ after a letter, digit, '.', '_' or '\' (an e-mail address) is never a reference.
/// </summary>
public sealed class CrossReferenceParser : InlineParser
{
    /// <summary>Id prefixes that make a reference.</summary>
    public static readonly string[] Prefixes = ["fig", "tbl", "sec", "eq", "thm", "lem", "cor", "prp", "cnj", "def", "exm", "exr"];

    public CrossReferenceParser() => OpeningCharacters = ['@', '['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var bracket = text[start] == '[';
        var at = start;
        var suppress = false;
        if (bracket)
        {
            at = start + 1;
            if (at <= slice.End && text[at] == '-') { suppress = true; at++; }
            if (at > slice.End || text[at] != '@') return false;
        }
        else
        {
            var before = slice.PeekCharExtra(-1);
            if (char.IsAsciiLetterOrDigit(before) || before is '\\' or '.' or '_') return false;
        }
        if (Read(text, at + 1, slice.End) is not var (slug, id, end)) return false;
        if (bracket)
        {
            if (end > slice.End || text[end] != ']') return false;
            end++;
        }
        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new CrossReference
        {
            Slug = slug,
            Id = id,
            SuppressName = suppress,
            Span = new SourceSpan(position, position + end - start - 1),
            Line = line,
            Column = column,
        };
        slice.Start = end;
        return true;
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
