namespace Blog.Markup.Citations;

/// <summary>
/// Pandoc's citation keys (https://pandoc.org/MANUAL.html#citation-syntax): a letter, digit or
/// <c>_</c>, then letters, digits, <c>_</c> and internal punctuation <c>:.#$%&amp;-+?&lt;&gt;~</c>;
/// or anything but braces inside <c>@{…}</c>. Keys that the cross-reference parser owns (the
/// <c>fig-</c>, <c>tbl-</c>, <c>sec-</c>, … prefixes and <c>slug/…</c>, a reference into another post)
/// are never citations.
/// </summary>
public static class CitationKeys
{
    /// <summary>Quarto's cross-reference prefixes, followed by '-'.</summary>
    public static readonly IReadOnlyList<string> CrossReferencePrefixes =
        ["fig", "tbl", "sec", "eq", "thm", "lem", "cor", "prp", "cnj", "def", "exm", "exr"];

    private const string InternalPunctuation = ":.#$%&-+?<>~/";

    /// <summary>Reads a key starting at <paramref name="start"/> (just after the '@'); returns its end (exclusive), or -1.</summary>
    public static int Scan(string text, int start, int end, out string key)
    {
        key = "";
        if (start > end) return -1;
        if (text[start] == '{')
        {
            var close = text.IndexOf('}', start + 1);
            if (close < 0 || close > end || close == start + 1 || text.IndexOf('{', start + 1, close - start - 1) >= 0) return -1;
            key = text[(start + 1)..close];
            return close + 1;
        }
        if (!IsKeyChar(text[start])) return -1;
        var i = start + 1;
        while (i <= end)
        {
            if (IsKeyChar(text[i])) i++;
            else if (InternalPunctuation.Contains(text[i]) && i + 1 <= end && IsKeyChar(text[i + 1])) i += 2;
            else break;
        }
        key = text[start..i];
        return i;
    }

    /// <summary>True for a key the cross-reference parser owns.</summary>
    public static bool IsCrossReference(string key) =>
        key.Contains('/') || CrossReferencePrefixes.Any(p => key.Length > p.Length + 1 && key.StartsWith(p + "-", StringComparison.Ordinal));

    private static bool IsKeyChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
