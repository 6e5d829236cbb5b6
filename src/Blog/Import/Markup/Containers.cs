namespace Blog.Import.Markup;

/// <summary>
/// The block quotes a line of Markdown stands in, read from its <c>&gt;</c> markers (CommonMark: up to three
/// spaces, <c>&gt;</c>, one optional space, repeated), so that kramdown's block boundaries and a formula's TeX
/// are read inside the quote as kramdown reads them: the quote's text with the markers taken off.
/// </summary>
public static class Containers
{
    /// <summary>How many quote markers start the line that holds <paramref name="at"/>.</summary>
    public static int QuoteDepth(string text, int at) => QuoteDepthOfLine(text, LineStart(text, at));

    /// <summary>How many quote markers start the line that begins at <paramref name="lineStart"/>.</summary>
    public static int QuoteDepthOfLine(string text, int lineStart)
    {
        var depth = 0;
        Markers(text, lineStart, ref depth);
        return depth;
    }

    /// <summary>The index just after the line's quote markers (and the one space each may take).</summary>
    public static int ContentStart(string text, int lineStart)
    {
        var depth = 0;
        return Markers(text, lineStart, ref depth);
    }

    /// <summary>True when the line that begins at <paramref name="lineStart"/> holds nothing but quote markers and blanks.</summary>
    public static bool IsBlank(string text, int lineStart)
    {
        for (var k = ContentStart(text, lineStart); k < text.Length && text[k] != '\n'; k++)
            if (!char.IsWhiteSpace(text[k])) return false;
        return true;
    }

    /// <summary>
    /// A formula's TeX as the quote's text holds it: on each of its later lines, <paramref name="depth"/> quote
    /// markers are taken off (the first line starts after them already). A formula outside a quote is returned as it is.
    /// </summary>
    public static string Unquote(string tex, int depth)
    {
        if (depth == 0 || !tex.Contains('\n')) return tex;
        var lines = tex.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            var k = 0;
            for (var d = 0; d < depth; d++)
            {
                var at = k;
                while (at < lines[i].Length && at - k < 3 && lines[i][at] == ' ') at++;
                if (at >= lines[i].Length || lines[i][at] != '>') break;
                k = at + 1 < lines[i].Length && lines[i][at + 1] == ' ' ? at + 2 : at + 1;
            }
            lines[i] = lines[i][k..];
        }
        return string.Join('\n', lines);
    }

    private static int LineStart(string text, int at) => at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;

    private static int Markers(string text, int lineStart, ref int depth)
    {
        var k = lineStart;
        while (true)
        {
            var at = k;
            while (at < text.Length && at - k < 3 && text[at] == ' ') at++;
            if (at >= text.Length || text[at] != '>') return k;
            depth++;
            k = at + 1 < text.Length && text[at + 1] == ' ' ? at + 2 : at + 1;
        }
    }
}
