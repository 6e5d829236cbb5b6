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
         "references", "compute.fold_label", "cite.text", "archive_month_format"];

    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>The file the table came from, relative to the site root, for messages.</summary>
    public string Source { get; }

    public ThemeStrings(IReadOnlyDictionary<string, string> values, string source) => (Values, Source) = (values, source);

    /// <summary>A table with only neutral ISO date formats and the keys as text: for models made without a theme (tests, tools).</summary>
    public static readonly ThemeStrings Neutral = new(new Dictionary<string, string>
    {
        ["date_format"] = "yyyy-MM-dd", ["date_long_format"] = "yyyy-MM-dd", ["archive_month_format"] = "MM",
    }, "");

    /// <summary>
    /// Reads the table for <paramref name="language"/>: the built-in theme's, with the keys of the site's
    /// <c>theme/strings/</c> file of that language laid over it key by key (the site's win). A language
    /// neither has, a broken file, or a merged table without a required key is a diagnostic that says
    /// which file to add or fix.
    /// </summary>
    /// <param name="containment">The site's read guard: a table that is a link outside the site is refused as every other file is.</param>
    public static ThemeStrings Load(string siteRoot, ThemeFolders themes, string language, ContainedPaths? containment = null)
    {
        var names = new[] { language, language.Split('-')[0] }.Distinct().Select(l => l + ".json").ToList();
        string Display(string p) => themes.Display(siteRoot, p);
        // Per layer, the file of the full tag, else of the language; the built-in layer first, so the site's keys come last and win.
        var files = themes.Layers.Reverse()
            .Select(layer => names.Select(n => Path.Combine(layer, "strings", n)).FirstOrDefault(File.Exists))
            .OfType<string>().ToList();
        if (files.Count == 0)
        {
            var siteFile = Path.Combine(themes.Site, "strings", names[0]);
            var available = string.Join(", ", themes.Files("strings", "*.json").Select(Path.GetFileNameWithoutExtension).Order());
            throw new DiagnosticException(Diagnostic.Error("statiq.json", 1, 1,
                $"The theme has no string table for language '{language}' (looked for {string.Join(" and ", names.Select(n => "theme/strings/" + n))}, in the site's theme/ and in the built-in theme).",
                $"Set \"language\" to one the theme has ({(available.Length == 0 ? "none" : available)}), or add {Display(siteFile)} (copy en.json with `blog theme eject strings/en.json` and translate it)."));
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
            foreach (var (key, value) in Read(file, Display(file), containment)) values[key] = value;
        var top = Display(files[^1]);
        var missing = RequiredKeys.Where(k => !values.ContainsKey(k)).ToList();
        if (missing.Count > 0)
            throw new DiagnosticException(Diagnostic.Error(top, 1, 1, $"The string table lacks {string.Join(", ", missing)}.",
                "Add them; the built-in theme's strings/en.json lists every key (`blog theme eject strings/en.json` copies it)."));
        return new ThemeStrings(values, top);
    }

    /// <summary>One table file, a flat JSON object of strings; <paramref name="shown"/> names it in the error of a broken one.</summary>
    private static Dictionary<string, string> Read(string path, string shown, ContainedPaths? containment)
    {
        containment?.EnsureMayRead(path);
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path),
                new JsonSerializerOptions { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) ?? [];
        }
        catch (JsonException e)
        {
            throw new DiagnosticException(Diagnostic.Error(shown, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1,
                "The string table is not a JSON object of strings: " + e.Message.Split(" Path:")[0],
                "Write it as { \"archive_title\": \"Archive\", … }."));
        }
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
