using System.Text;

namespace Blog.Markup.Text;

/// <summary>
/// A short plain-text excerpt (meta description, feed summary) cut at a node boundary: a formula,
/// a code span, a link or a computed value is kept whole or left out, never split, and the
/// ellipsis goes where the cut is. Prose is cut at a character (Chinese) or before a word (other scripts).
/// </summary>
public static class Excerpt
{
    public const string Ellipsis = "…";

    /// <summary>The pieces' text, whitespace folded, at most <paramref name="limit"/> characters before the ellipsis.</summary>
    public static string Cut(IEnumerable<TextPiece> pieces, int limit)
    {
        var text = new StringBuilder();
        foreach (var piece in pieces)
        {
            var flat = Fold(piece.Text, text.Length == 0 || text[^1] == ' ');
            if (text.Length + flat.TrimEnd().Length <= limit)
            {
                text.Append(flat);
                continue;
            }
            if (!piece.Atomic) text.Append(Prefix(flat, limit - text.Length));
            return text.ToString().TrimEnd() + Ellipsis;
        }
        return text.ToString().Trim();
    }

    /// <summary>Line breaks and runs of spaces as one space (none at the start of the text).</summary>
    private static string Fold(string text, bool afterSpace)
    {
        var flat = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!afterSpace) flat.Append(' ');
                afterSpace = true;
            }
            else
            {
                flat.Append(c);
                afterSpace = false;
            }
        }
        return flat.ToString();
    }

    /// <summary>At most <paramref name="room"/> characters of prose; a Latin word cut in the middle is dropped whole.</summary>
    public static string Prefix(string text, int room)
    {
        if (room <= 0) return "";
        var cut = Math.Min(room, text.Length);
        if (cut < text.Length && char.IsAsciiLetterOrDigit(text[cut]))
            while (cut > 0 && char.IsAsciiLetterOrDigit(text[cut - 1])) cut--;
        if (cut < text.Length && char.IsLowSurrogate(text[cut])) cut--; // never half a character
        return text[..cut];
    }
}
