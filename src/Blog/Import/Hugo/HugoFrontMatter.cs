using System.Text.Json;
using Blog.Content;
using Tomlyn;
using Tomlyn.Model;

namespace Blog.Import.Hugo;

/// <summary>
/// Hugo's three front-matter formats: YAML between <c>---</c> lines, TOML between <c>+++</c> lines (read with
/// Tomlyn), JSON as an object at the top of the file. A broken one is reported at its file and line.
/// </summary>
public static class HugoFrontMatter
{
    public static (FrontMatter FrontMatter, string Body)? Read(string display, string text, ImportReport report)
    {
        text = text.ReplaceLineEndings("\n").TrimStart('\uFEFF');
        if (text.StartsWith("---")) return SourceFiles.ReadYaml(display, text, report);
        if (text.StartsWith("+++")) return Toml(display, text, report);
        if (text.StartsWith('{')) return Json(display, text, report);
        return (FrontMatter.Empty, text);
    }

    private static (FrontMatter, string)? Toml(string display, string text, ImportReport report)
    {
        var lines = text.Split('\n');
        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() == "+++");
        if (end < 0) { report.Add(report.Unreadable, display, 1, "the front matter opened with '+++' is never closed."); return null; }
        try
        {
            var table = TomlSerializer.Deserialize<TomlTable>(string.Join('\n', lines[1..end]), TomlSerializerOptions.Default)!;
            var keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 1; i < end; i++)
            {
                var key = lines[i].Split('=', 2)[0].Trim();
                if (lines[i].Contains('=') && key.Length > 0) keyLines.TryAdd(key, i + 1);
            }
            var values = table.ToDictionary(kv => kv.Key, kv => Plain(kv.Value));
            return (new FrontMatter(values, keyLines, end + 2), string.Join('\n', lines[(end + 1)..]));
        }
        catch (TomlException e)
        {
            report.Add(report.Unreadable, display, (e.Line ?? 0) + 1, "the TOML front matter is not valid: " + e.Message.Split('\n')[0]);
            return null;
        }
    }

    private static (FrontMatter, string)? Json(string display, string text, ImportReport report)
    {
        try
        {
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text), new JsonReaderOptions { AllowTrailingCommas = true });
            using var document = JsonDocument.ParseValue(ref reader);
            var consumed = System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(text), 0, (int)reader.BytesConsumed);
            var values = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value));
            var body = text[consumed.Length..].TrimStart('\n');
            return (new FrontMatter(values, new Dictionary<string, int>(), consumed.Count(c => c == '\n') + 2), body);
        }
        catch (JsonException e)
        {
            report.Add(report.Unreadable, display, (int)(e.LineNumber ?? 0) + 1, "the JSON front matter is not valid: " + e.Message);
            return null;
        }
    }

    private static object? Plain(object? value) => value switch
    {
        TomlArray array => array.Select(Plain).ToList(),
        TomlTableArray tables => tables.Select(t => (object?)t.ToDictionary(kv => kv.Key, kv => Plain(kv.Value))).ToList(),
        TomlTable table => table.ToDictionary(kv => kv.Key, kv => Plain(kv.Value)),
        TomlDateTime date => date.ToString(),
        bool b => b ? "true" : "false",
        _ => value?.ToString(),
    };

    private static object? Plain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => value.EnumerateArray().Select(Plain).ToList(),
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value)),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => null,
        _ => value.GetRawText(),
    };
}
