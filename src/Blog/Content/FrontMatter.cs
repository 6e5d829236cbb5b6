namespace Blog.Content;

/// <summary>
/// The YAML block at the top of a Markdown file, as plain values (string, list, dictionary),
/// with the line of each top-level key so that later checks can point at it.
/// </summary>
public sealed record FrontMatter(IReadOnlyDictionary<string, object?> Values, IReadOnlyDictionary<string, int> KeyLines,
    int BodyStartLine)
{
    public static readonly FrontMatter Empty = new(new Dictionary<string, object?>(), new Dictionary<string, int>(), 1);

    /// <summary>The 1-based column where each top-level key's value starts, for errors about the value.</summary>
    public IReadOnlyDictionary<string, int> ValueColumns { get; init; } = new Dictionary<string, int>();

    public int LineOf(string key) => KeyLines.TryGetValue(key, out var line) ? line : 1;

    public int ValueColumnOf(string key) => ValueColumns.TryGetValue(key, out var column) ? column : 1;

    public string? GetString(string key) => Values.TryGetValue(key, out var v) && v is not null ? v.ToString() : null;

    /// <summary>A list written as <c>[a, b]</c>, as a block sequence, or as a single string.</summary>
    public IReadOnlyList<string> GetList(string key) => Values.TryGetValue(key, out var v) switch
    {
        true when v is IEnumerable<object?> list => list.Select(x => x?.ToString() ?? "").Where(x => x.Length > 0).ToList(),
        true when v is string s && s.Length > 0 => [s],
        _ => [],
    };
}
