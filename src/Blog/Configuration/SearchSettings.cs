using System.Text.Json;
using System.Text.Json.Serialization;
using Blog.Diagnostics;

namespace Blog.Configuration;

/// <summary>
/// <c>"search"</c> in statiq.json: the Pagefind index built at the end of every build.
/// Written as <c>false</c> (no index, no search box), <c>true</c> (the default), or an object such as
/// <c>{ "folder": "pagefind" }</c> naming the output folder of the index.
/// </summary>
[JsonConverter(typeof(SearchSettingsConverter))]
public sealed record SearchSettings
{
    /// <summary>Site path of the search page, which the theme's "search" layout renders.</summary>
    public const string PagePath = "/search/";

    public bool Enabled { get; init; } = true;
    /// <summary>Output folder of the index and of Pagefind's scripts, relative to the site root; one segment.</summary>
    public string Folder { get; init; } = "pagefind";

    internal void Validate(string file)
    {
        if (Folder.Length == 0 || Folder is "." or ".." || Folder.IndexOfAny(['/', '\\', '?', '#', '%', ' ']) >= 0)
            throw new DiagnosticException(Diagnostic.Error(file, 0, 0, $"search.folder '{Folder}' is not a folder name.",
                "Write one folder name of letters, digits, '-' or '_', such as \"pagefind\"."));
    }
}

/// <summary>Reads <c>"search": false</c> as well as the object form.</summary>
internal sealed class SearchSettingsConverter : JsonConverter<SearchSettings>
{
    public override SearchSettings Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True: return new SearchSettings();
            case JsonTokenType.False: return new SearchSettings { Enabled = false };
            case JsonTokenType.StartObject:
                var result = new SearchSettings();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString();
                    reader.Read();
                    result = name switch
                    {
                        "enabled" when reader.TokenType is JsonTokenType.True or JsonTokenType.False => result with { Enabled = reader.GetBoolean() },
                        "folder" when reader.TokenType == JsonTokenType.String => result with { Folder = reader.GetString()! },
                        _ => throw new JsonException($"search.{name} is not a setting of the right type (\"enabled\": true/false, \"folder\": \"name\")."),
                    };
                }
                return result;
            default:
                throw new JsonException("search must be true, false or an object like { \"folder\": \"pagefind\" }.");
        }
    }

    public override void Write(Utf8JsonWriter writer, SearchSettings value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("enabled", value.Enabled);
        writer.WriteString("folder", value.Folder);
        writer.WriteEndObject();
    }
}
