using System.Text.Json;

namespace Blog.Theme;

/// <summary>
/// Text the reader sees that C# puts on a page (the bibliography's title, …), from the theme's
/// string table <c>theme/strings/&lt;language&gt;.json</c>: the exact tag (zh-CN), then the language
/// (zh), then English. A site overrides it with its own theme folder.
/// </summary>
public sealed class ThemeStrings(string themeFolder, string language)
{
    private readonly Lazy<IReadOnlyList<Dictionary<string, string>>> _tables = new(() =>
        new[] { language, language.Split('-')[0], "en" }.Distinct()
            .Select(tag => Path.Combine(themeFolder, "strings", tag + ".json"))
            .Where(File.Exists)
            .Select(path => JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? [])
            .ToList());

    /// <summary>The text for <paramref name="name"/>; the name itself when no table has it.</summary>
    public string this[string name] => _tables.Value.Select(t => t.GetValueOrDefault(name)).FirstOrDefault(v => v is not null) ?? name;
}
