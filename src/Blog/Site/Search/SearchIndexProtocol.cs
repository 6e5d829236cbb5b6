using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Blog.Site.Search;

/// <summary>
/// The JSON lines between <see cref="SearchIndexSession"/> and pagefind-index.mjs (the script's header
/// says the same): <see cref="SearchStartLine"/> first, answered by <c>{"ready": true, "version": …}</c>; then
/// one <see cref="SearchPageLine"/> per page, unanswered; then <see cref="SearchWriteLine"/>, answered by
/// <c>{"pages": n, "words": n}</c> or <c>{"error": "indexing /x/: …"}</c>.
/// </summary>
internal static class SearchIndexJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

/// <summary>Where Pagefind's Node API is (<c>pagefind/lib/index.js</c>) and what it leaves out of every page.</summary>
internal sealed record SearchStartLine(string Pagefind, IReadOnlyList<string> ExcludeSelectors);

/// <summary>One page to index: its site path and its HTML, written into the line from its UTF-8 bytes.</summary>
internal sealed record SearchPageLine(string Url, [property: JsonConverter(typeof(Utf8TextConverter))] ReadOnlyMemory<byte> Content);

/// <summary>Every page is in: write the bundle into this folder.</summary>
internal sealed record SearchWriteLine(string Write);

/// <summary>The worker's answers: ready (with Pagefind's version), the bundle written (pages and words), or why not.</summary>
internal sealed record SearchAnswer
{
    public bool Ready { get; init; }
    public string? Version { get; init; }
    public int Pages { get; init; }
    public int Words { get; init; }
    public string? Error { get; init; }
}

/// <summary>Writes UTF-8 bytes as a JSON string without making a .NET string of them first (pages are large).</summary>
internal sealed class Utf8TextConverter : JsonConverter<ReadOnlyMemory<byte>>
{
    public override ReadOnlyMemory<byte> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        System.Text.Encoding.UTF8.GetBytes(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, ReadOnlyMemory<byte> value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Span);
}
