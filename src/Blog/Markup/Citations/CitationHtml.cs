using System.Text.Json;

namespace Blog.Markup.Citations;

/// <summary>
/// The placeholder a citation renders as until the citation stage formats it, in Pandoc's shape:
/// <c>&lt;span class="citation" data-cites="a b"&gt;[@a; @b]&lt;/span&gt;</c>, plus the parsed items
/// (<c>data-citation</c>, JSON) and the Markdown line and column (<c>data-line</c>, <c>data-column</c>)
/// for diagnostics. The citation stage reads these attributes with an HTML parser.
/// </summary>
public static class CitationHtml
{
    public const string Class = "citation", ItemsAttribute = "data-citation", KeysAttribute = "data-cites",
        LineAttribute = "data-line", ColumnAttribute = "data-column",
        // A citation written again as a link's text (a contents entry): formatted as the citation at its place, without links.
        WordsOnlyAttribute = "data-words-only";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>What a placeholder carries: the items and whether the author is part of the sentence.</summary>
    public sealed record Data(IReadOnlyList<CitationItem> Items, bool AuthorInText);

    public static string Serialize(Citation citation) => JsonSerializer.Serialize(new Data(citation.Items, citation.AuthorInText), Json);

    public static Data? Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Data>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
