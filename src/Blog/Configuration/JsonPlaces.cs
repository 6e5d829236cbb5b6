using System.Text;
using System.Text.Json;

namespace Blog.Configuration;

/// <summary>
/// Where a setting is written in statiq.json, so a value that parses but is wrong (a bad
/// <c>baseUrl</c>, an unknown permalink placeholder) is reported at its line and column too.
/// Read with <see cref="Utf8JsonReader"/>, which tracks byte offsets; comments and trailing commas
/// are allowed as the settings loader allows them.
/// </summary>
public static class JsonPlaces
{
    /// <summary>1-based line and column of the value of <paramref name="path"/> ("math.render"), or (0, 0) when it is not written.</summary>
    public static (int Line, int Column) Find(string json, string path)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var names = new List<string?>();
        string? pending = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pending = reader.GetString();
                        continue;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (Matches(names, pending, path)) return Place(bytes, reader.TokenStartIndex);
                        names.Add(pending);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        names.RemoveAt(names.Count - 1);
                        break;
                    default:
                        if (Matches(names, pending, path)) return Place(bytes, reader.TokenStartIndex);
                        break;
                }
                pending = null;
            }
        }
        catch (JsonException)
        {
            // A broken file is reported by the loader with its own place.
        }
        return (0, 0);
    }

    private static bool Matches(List<string?> names, string? name, string path) =>
        name is not null && string.Join('.', names.Skip(1).Append(name)).Equals(path, StringComparison.OrdinalIgnoreCase);

    private static (int, int) Place(byte[] bytes, long offset)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < offset; i++)
            if (bytes[i] == '\n') (line, lineStart) = (line + 1, i + 1);
        return (line, Encoding.UTF8.GetCharCount(bytes, lineStart, (int)offset - lineStart) + 1);
    }
}
