using System.Text;

namespace Blog.Import.Markup;

/// <summary>
/// One template tag in a post: Liquid's <c>{% name args %}</c> or <c>{{ expression }}</c> (Jekyll, Hexo's
/// Nunjucks), or a Hugo shortcode <c>{{&lt; name args &gt;}}</c> / <c>{{% name args %}}</c>.
/// </summary>
/// <param name="Open">"{%", "{{", "{{&lt;" or "{{%".</param>
/// <param name="Inner">What stands between the delimiters, trimmed (Liquid's '-' whitespace controls removed).</param>
/// <param name="Line">1-based line of the source file.</param>
public sealed record TemplateTag(string Open, string Inner, string Text, int Line)
{
    /// <summary>The tag's name (the first word), or for a <c>{{ … }}</c> expression its whole text.</summary>
    public string Name => Open == "{{" ? Inner : Words.Count > 0 ? Words[0] : "";

    /// <summary>The words after the name; quotes removed, <c>key=value</c> pairs kept whole (see <see cref="Named"/>).</summary>
    public IReadOnlyList<string> Arguments => Words.Skip(1).ToList();

    /// <summary>A named argument (<c>src="a.png"</c> or <c>src: a.png</c>), or null.</summary>
    public string? Named(string key) => Words.Skip(1).Select(w => w.Split('=', 2)).Where(p => p.Length == 2 && p[0].Trim() == key)
        .Select(p => p[1].Trim().Trim('"', '\'')).FirstOrDefault();

    /// <summary>A shortcode's closing tag, such as <c>{{&lt; /math &gt;}}</c>.</summary>
    public bool IsClosing => Inner.StartsWith('/');

    private List<string>? _words;
    private List<string> Words => _words ??= Split(Inner);

    /// <summary>Splits on white space outside quotes; a quoted word loses its quotes (<c>key="a b"</c> becomes <c>key=a b</c>).</summary>
    public static List<string> Split(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in text)
        {
            if (quote is { } q) { if (c == q) quote = null; else word.Append(c); continue; }
            if (c is '"' or '\'') { quote = c; inWord = true; continue; }
            if (char.IsWhiteSpace(c)) { if (inWord) words.Add(word.ToString()); word.Clear(); inWord = false; continue; }
            word.Append(c);
            inWord = true;
        }
        if (inWord) words.Add(word.ToString());
        return words;
    }
}

/// <summary>
/// Rewrites the template tags of a post in one pass, left to right. The handler gets each tag and a
/// <see cref="Reader"/> that can take a block tag's body up to its end tag (<c>{% endhighlight %}</c>,
/// <c>{{&lt; /math &gt;}}</c>); it returns what to write instead. Text outside tags is copied as it is.
/// </summary>
public static class TemplateTags
{
    /// <summary>The rest of the text after a tag, for block tags.</summary>
    public sealed class Reader(string text, int firstLine)
    {
        internal int Position;

        /// <summary>The text up to the end tag named <paramref name="endName"/> (<c>endraw</c>, <c>/math</c>) and past it; null when it never comes.</summary>
        public string? TakeUntil(string endName, bool shortcodes = false)
        {
            for (var at = Position; at < text.Length;)
            {
                var tag = Next(text, at, shortcodes, firstLine, out var start, out var end);
                if (tag is null) return null;
                if (tag.Name == endName || tag.Inner.Replace(" ", "") == endName)
                {
                    var body = text[Position..start];
                    Position = end;
                    return body;
                }
                at = end;
            }
            return null;
        }
    }

    /// <param name="shortcodes">Read Hugo's <c>{{&lt; &gt;}}</c> and <c>{{% %}}</c> (otherwise Liquid's <c>{% %}</c> and <c>{{ }}</c>).</param>
    public static string Rewrite(string text, int firstLine, bool shortcodes, Func<TemplateTag, Reader, string> handle)
    {
        var output = new StringBuilder(text.Length);
        var reader = new Reader(text, firstLine);
        while (reader.Position < text.Length)
        {
            var tag = Next(text, reader.Position, shortcodes, firstLine, out var start, out var end);
            if (tag is null) break;
            output.Append(text, reader.Position, start - reader.Position);
            reader.Position = end;
            var from = start;
            var replacement = handle(tag, reader);
            // Keep the lines where they were, so later places (formulas, links) still point at the source's lines.
            var lost = text.AsSpan(from, reader.Position - from).Count('\n') - replacement.AsSpan().Count('\n');
            output.Append(replacement);
            if (lost > 0) output.Append('\n', lost);
        }
        output.Append(text, reader.Position, text.Length - reader.Position);
        return output.ToString();
    }

    private static TemplateTag? Next(string text, int from, bool shortcodes, int firstLine, out int start, out int end)
    {
        start = end = text.Length;
        for (var at = text.IndexOf('{', from); at >= 0 && at + 1 < text.Length; at = text.IndexOf('{', at + 1))
        {
            string open, close;
            if (shortcodes)
            {
                if (text[at + 1] != '{' || at + 2 >= text.Length) continue;
                var third = text.AsSpan(at + 2).TrimStart(' ');
                if (third.Length == 0 || third[0] is not ('<' or '%')) continue;
                var kind = third[0];
                open = "{{" + kind;
                close = (kind == '<' ? ">" : "%") + "}}";
                var innerStart = at + 2 + (text.AsSpan(at + 2).Length - third.Length) + 1;
                var stop = text.IndexOf(close, innerStart, StringComparison.Ordinal);
                if (stop < 0) continue;
                var inner = text[innerStart..stop].Trim();
                // {{</* x */>}} is Hugo's escape: the shortcode written as text.
                start = at;
                end = stop + close.Length;
                return new TemplateTag(open, inner, text[at..end], firstLine + text.AsSpan(0, at).Count('\n'));
            }
            if (text[at + 1] is not ('%' or '{')) continue;
            open = text[at + 1] == '%' ? "{%" : "{{";
            close = open == "{%" ? "%}" : "}}";
            var closeAt = text.IndexOf(close, at + 2, StringComparison.Ordinal);
            if (closeAt < 0) continue;
            var body = text[(at + 2)..closeAt].Trim().TrimStart('-').TrimEnd('-').Trim();
            start = at;
            end = closeAt + 2;
            return new TemplateTag(open, body, text[at..end], firstLine + text.AsSpan(0, at).Count('\n'));
        }
        return null;
    }
}
