using Blog.Diagnostics;

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

    /// <summary>The 1-based column of a one-line value's first character of text (after its quote), when written as it reads (no escapes); absent otherwise.</summary>
    public IReadOnlyDictionary<string, int> TextColumns { get; init; } = new Dictionary<string, int>();

    public int ValueColumnOf(string key) => ValueColumns.TryGetValue(key, out var column) ? column : 1;

    /// <summary>The Markdown file, for errors about a value.</summary>
    public string File { get; init; } = "";

    /// <summary>A field that holds one value (text, a number, a date, true or false); null when absent or empty.</summary>
    /// <exception cref="DiagnosticException">When the field holds a list or a mapping, at its value.</exception>
    public string? GetString(string key) => Values.TryGetValue(key, out var v) ? Scalar(key, v, "one value, such as text") : null;

    /// <summary>A list written as <c>[a, b]</c>, as a block sequence, or as a single string.</summary>
    /// <exception cref="DiagnosticException">When the field, or an item of the list, is a mapping (or an item is itself a list).</exception>
    public IReadOnlyList<string> GetList(string key) => Values.TryGetValue(key, out var v) switch
    {
        true when v is List<object?> list => list.Select(x => Scalar(key, x, "a list of single values") ?? "").Where(x => x.Length > 0).ToList(),
        true when Scalar(key, v, "a list or one value") is { Length: > 0 } s => [s],
        _ => [],
    };

    private string? Scalar(string key, object? value, string expected) => value switch
    {
        null or string => (string?)value,
        List<object?> => throw WrongType(key, "a list", expected),
        _ => throw WrongType(key, "a mapping (key: value pairs)", expected),
    };

    private DiagnosticException WrongType(string key, string found, string expected) => new(Diagnostic.Error(File, LineOf(key), ValueColumnOf(key),
        $"'{key}' is {found} here, but it must be {expected}.",
        $"Write it as '{key}: …' with one value; quote it (\"[a, b]\") if the brackets are part of the text."));
}
