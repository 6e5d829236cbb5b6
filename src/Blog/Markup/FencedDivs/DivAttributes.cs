namespace Blog.Markup.FencedDivs;

/// <summary>
/// Pandoc attributes, <c>{#id .class key=value key="value with spaces"}</c>, or a single bare word,
/// which Pandoc reads as a class (<c>::: warning</c>). Also used for heading attributes
/// (<c>## Title {#sec-x .unnumbered}</c>, where <c>{-}</c> is short for <c>.unnumbered</c>).
/// </summary>
public sealed record DivAttributes(string? Id, IReadOnlyList<string> Classes, IReadOnlyDictionary<string, string> Values)
{
    public bool HasClass(string name) => Classes.Contains(name, StringComparer.Ordinal);

    public string? Value(string key) => Values.TryGetValue(key, out var v) ? v : null;

    /// <summary>
    /// Where each value starts in the text given to <see cref="Parse"/> (0-based, after any quote), so a
    /// value that holds Markdown (a block's <c>name</c>) can be parsed at its place in the file.
    /// </summary>
    public IReadOnlyDictionary<string, int> ValueStarts { get; init; } = new Dictionary<string, int>();

    /// <summary>Parses <paramref name="text"/>; null when it is not an attribute block (then the fence is not a div).</summary>
    public static DivAttributes? Parse(string text)
    {
        var lead = text.Length - text.TrimStart().Length;
        text = text.Trim();
        if (text.Length == 0) return null;
        if (text[0] != '{')
            return text.All(c => char.IsLetterOrDigit(c) || c is '-' or '_') ? new DivAttributes(null, [text], new Dictionary<string, string>()) : null;
        if (text[^1] != '}') return null;
        string? id = null;
        var classes = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        var body = text[1..^1];
        var i = 0;
        while (i < body.Length)
        {
            if (char.IsWhiteSpace(body[i])) { i++; continue; }
            var start = i;
            if (body[i] is '#' or '.')
            {
                i++;
                while (i < body.Length && !char.IsWhiteSpace(body[i])) i++;
                var word = body[(start + 1)..i];
                if (word.Length == 0) return null;
                if (body[start] == '#') id = word; else classes.Add(word);
                continue;
            }
            if (body[i] == '-' && (i + 1 == body.Length || char.IsWhiteSpace(body[i + 1]))) { classes.Add("unnumbered"); i++; continue; }
            while (i < body.Length && body[i] != '=' && !char.IsWhiteSpace(body[i])) i++;
            var key = body[start..i];
            if (key.Length == 0 || i >= body.Length || body[i] != '=') return null;
            i++;
            string value;
            int valueStart;
            if (i < body.Length && body[i] is '"' or '\'')
            {
                var quote = body[i++];
                valueStart = i;
                var end = body.IndexOf(quote, i);
                if (end < 0) return null;
                value = body[i..end];
                i = end + 1;
            }
            else
            {
                valueStart = i;
                while (i < body.Length && !char.IsWhiteSpace(body[i])) i++;
                value = body[valueStart..i];
            }
            values[key] = value;
            starts[key] = lead + 1 + valueStart; // + 1: the '{' before body
        }
        return new DivAttributes(id, classes, values) { ValueStarts = starts };
    }
}
