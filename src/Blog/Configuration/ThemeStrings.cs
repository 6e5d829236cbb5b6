using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Blog.Diagnostics;
using Blog.Pipelines;

namespace Blog.Configuration;

/// <summary>
/// The theme's string table for the site's <c>language</c>: <c>theme/strings/LANGUAGE.json</c>, a flat
/// JSON object of text the reader sees (list page titles, "第 {n} 页") and the .NET date formats the
/// theme shows dates in. Looked up by the full tag first (<c>zh-CN.json</c>), then by its language
/// (<c>en-US</c> → <c>en.json</c>). Placeholders are written <c>{name}</c>. Templates see the table as
/// <c>site.strings</c>.
/// </summary>
public sealed partial class ThemeStrings
{
    /// <summary>Keys the generator itself asks for; a table without one of them is reported when the build starts.</summary>
    public static readonly string[] RequiredKeys =
        ["date_format", "date_long_format", "page_title", "archive_title", "tags_title", "tag_title", "category_title", "not_found_title", "search.title",
         "references", "compute.fold_label"];

    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>The file the table came from, relative to the site root, for messages.</summary>
    public string Source { get; }

    public ThemeStrings(IReadOnlyDictionary<string, string> values, string source) => (Values, Source) = (values, source);

    /// <summary>A table with only neutral ISO date formats and the keys as text: for models made without a theme (tests, tools).</summary>
    public static readonly ThemeStrings Neutral = new(new Dictionary<string, string>
    {
        ["date_format"] = "yyyy-MM-dd", ["date_long_format"] = "yyyy-MM-dd",
    }, "");

    /// <summary>Reads the table for <paramref name="language"/>; a missing or broken file is a diagnostic that says which file to add.</summary>
    /// <param name="containment">The site's read guard: a table that is a link outside the site is refused as every other file is.</param>
    public static ThemeStrings Load(string siteRoot, string themeFolder, string language, ContainedPaths? containment = null)
    {
        var folder = Path.Combine(themeFolder, "strings");
        var candidates = new[] { language, language.Split('-')[0] }.Distinct().Select(l => Path.Combine(folder, l + ".json")).ToList();
        var path = candidates.FirstOrDefault(File.Exists);
        string Display(string p) => Path.GetRelativePath(siteRoot, p).Replace('\\', '/');
        if (path is null)
        {
            var available = Directory.Exists(folder) ? string.Join(", ", Directory.GetFiles(folder, "*.json").Select(Path.GetFileNameWithoutExtension).Order()) : "none";
            throw new DiagnosticException(Diagnostic.Error("statiq.json", 1, 1,
                $"The theme has no string table for language '{language}' (looked for {string.Join(" and ", candidates.Select(Display))}).",
                $"Set \"language\" to one the theme has ({available}), or add {Display(candidates[0])} (copy en.json and translate it)."));
        }
        containment?.EnsureMayRead(path);
        Dictionary<string, string>? values;
        try
        {
            values = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path),
                new JsonSerializerOptions { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new DiagnosticException(Diagnostic.Error(Display(path), (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1,
                "The string table is not a JSON object of strings: " + e.Message.Split(" Path:")[0],
                "Write it as { \"archive_title\": \"Archive\", … }."));
        }
        values ??= [];
        var missing = RequiredKeys.Where(k => !values.ContainsKey(k)).ToList();
        if (missing.Count > 0)
            throw new DiagnosticException(Diagnostic.Error(Display(path), 1, 1, $"The string table lacks {string.Join(", ", missing)}.",
                "Add them; theme/strings/en.json of the default theme lists every key."));
        return new ThemeStrings(values, Display(path));
    }

    /// <summary>The text for <paramref name="key"/> with its <c>{name}</c> placeholders filled; the key itself if the table has no such entry.</summary>
    public string Text(string key, params (string Name, object Value)[] args)
    {
        var text = Values.TryGetValue(key, out var v) ? v : key;
        return args.Length == 0 ? text : Placeholder().Replace(text, m =>
            args.FirstOrDefault(a => a.Name == m.Groups[1].Value) is { Name: not null } a
                ? Convert.ToString(a.Value, CultureInfo.InvariantCulture) ?? "" : m.Value);
    }

    /// <summary>A date in the table's format <paramref name="formatKey"/> (a .NET custom format; month names in English, the same on every machine).</summary>
    public string Date(DateTimeOffset? date, string formatKey)
        => date?.ToString(Values.TryGetValue(formatKey, out var f) ? f : "yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
