using System.Text;
using System.Text.Json;
using Blog.Diagnostics;

namespace Blog.Typesetting.Citations;

/// <summary>Splits a CSL-JSON file (an array of items, each with an "id") into entries with their lines.</summary>
public static class CslJsonScanner
{
    public static BibFile Scan(string text, string file, string hash)
    {
        var entries = new Dictionary<string, BibEntry>(StringComparer.Ordinal);
        var problems = new List<Diagnostic>();
        var bytes = Encoding.UTF8.GetBytes(text);
        var lineStarts = BibTexScanner.LineStarts(text);
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
                throw new DiagnosticException(Diagnostic.Error(file, 1, 1, "A CSL-JSON bibliography must be an array of items.", "Write [ {\"id\": \"key\", \"type\": \"article-journal\", …}, … ]."));
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var offset = (int)reader.TokenStartIndex;
                var (line, column) = BibTexScanner.Place(lineStarts, Encoding.UTF8.GetCharCount(bytes, 0, offset));
                using var item = JsonDocument.ParseValue(ref reader);
                if (item.RootElement.ValueKind != JsonValueKind.Object
                    || !item.RootElement.TryGetProperty("id", out var id) || id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
                {
                    problems.Add(Diagnostic.Error(file, line, column, "This CSL-JSON item has no \"id\".", "Give each item an \"id\": citations name items by it."));
                    continue;
                }
                var key = id.ToString();
                if (!entries.TryAdd(key, new BibEntry(key, "csl-json", item.RootElement.GetRawText(), file, line, column)))
                    problems.Add(Diagnostic.Error(file, line, column, $"The id '{key}' is used twice.", "Give each item its own id."));
            }
        }
        catch (JsonException e)
        {
            problems.Add(Diagnostic.Error(file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1,
                "The CSL-JSON bibliography is not valid JSON: " + e.Message.Split(" Path:")[0], "Check the JSON syntax near this place."));
        }
        return new BibFile { DisplayPath = file, Hash = hash, Entries = entries, Problems = problems };
    }
}
