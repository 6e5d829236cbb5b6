using Blog.Diagnostics;

namespace Blog.Typesetting.Citations;

/// <summary>
/// Splits BibTeX/BibLaTeX text into entries by the rules of BibTeX's own reader: text outside
/// entries is a comment; an entry is <c>@type{key, …}</c> or <c>@type(key, …)</c> with balanced
/// braces; <c>@comment</c> and <c>@preamble</c> are skipped; <c>@string</c> definitions are kept for
/// every entry. An entry still open when the next line starting with <c>@type{</c> comes is reported
/// as not closed at its own line (the usual missing '}').
/// </summary>
public static class BibTexScanner
{
    public static BibFile Scan(string text, string file, string hash)
    {
        var entries = new Dictionary<string, BibEntry>(StringComparer.Ordinal);
        var strings = new List<string>();
        var problems = new List<Blog.Diagnostics.Diagnostic>();
        var lineStarts = LineStarts(text);
        var i = 0;
        while ((i = text.IndexOf('@', i)) >= 0)
        {
            var start = i;
            var (line, column) = Place(lineStarts, start);
            var typeEnd = i + 1;
            while (typeEnd < text.Length && (char.IsAsciiLetterOrDigit(text[typeEnd]) || text[typeEnd] is '_' or '-')) typeEnd++;
            var type = text[(i + 1)..typeEnd].ToLowerInvariant();
            var open = typeEnd;
            while (open < text.Length && char.IsWhiteSpace(text[open])) open++;
            if (type.Length == 0 || open >= text.Length || text[open] is not ('{' or '('))
            {
                i = typeEnd; // an @ in a comment between entries
                continue;
            }
            var close = Closing(text, open, lineStarts, out var nextEntry);
            if (close < 0)
            {
                var next = nextEntry >= 0 ? $" before the next entry at line {Place(lineStarts, nextEntry).Line}" : " before the end of the file";
                problems.Add(Diagnostic.Error(file, line, column, $"The @{type} entry is not closed{next}.",
                    $"Add the missing '{(text[open] == '{' ? '}' : ')')}' at the end of the entry (braces inside field values must balance too)."));
                if (nextEntry < 0) break;
                i = nextEntry;
                continue;
            }
            i = close + 1;
            if (type is "comment" or "preamble") continue;
            var body = text[start..(close + 1)];
            if (type == "string")
            {
                strings.Add(body);
                continue;
            }
            var comma = text.IndexOf(',', open + 1, close - open - 1);
            var key = (comma < 0 ? text[(open + 1)..close] : text[(open + 1)..comma]).Trim();
            if (key.Length == 0 || key.Any(c => char.IsWhiteSpace(c) || c is '{' or '}' or '=' or '"'))
            {
                problems.Add(Diagnostic.Error(file, line, column, $"The @{type} entry has no citation key.",
                    "Write the key first, followed by a comma: @article{smith2020, title = {…}, …}."));
                continue;
            }
            if (entries.TryGetValue(key, out var first))
            {
                problems.Add(Diagnostic.Error(file, line, column, $"The key '{key}' is used twice (first at line {first.Line}).",
                    "Give each entry its own key; citations name entries by key."));
                continue;
            }
            entries[key] = new BibEntry(key, "bibtex", body, file, line, column);
        }
        return new BibFile { DisplayPath = file, Hash = hash, Entries = entries, Strings = string.Join('\n', strings), Problems = problems };
    }

    /// <summary>The index of the bracket closing <paramref name="open"/>, or -1; <paramref name="nextEntry"/> is where an unclosed entry evidently ends.</summary>
    private static int Closing(string text, int open, int[] lineStarts, out int nextEntry)
    {
        nextEntry = -1;
        var parenthesis = text[open] == '(';
        var depth = parenthesis ? 0 : 1; // brace depth inside the entry
        for (var i = open + 1; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '{': depth++; break;
                case '}' when --depth == 0 && !parenthesis: return i;
                case ')' when parenthesis && depth == 0: return i;
                case '\n' when LooksLikeEntryStart(text, i + 1, out var at):
                    nextEntry = at;
                    return -1;
            }
        }
        return -1;
    }

    /// <summary>A line that starts (after spaces) with <c>@word{</c> or <c>@word(</c>.</summary>
    private static bool LooksLikeEntryStart(string text, int i, out int at)
    {
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        at = i;
        if (i >= text.Length || text[i] != '@') return false;
        var j = i + 1;
        while (j < text.Length && char.IsAsciiLetter(text[j])) j++;
        return j > i + 1 && j < text.Length && text[j] is '{' or '(';
    }

    internal static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++) if (text[i] == '\n') starts.Add(i + 1);
        return [.. starts];
    }

    internal static (int Line, int Column) Place(int[] lineStarts, int index)
    {
        var line = Array.BinarySearch(lineStarts, index);
        if (line < 0) line = ~line - 1;
        return (line + 1, index - lineStarts[line] + 1);
    }
}
