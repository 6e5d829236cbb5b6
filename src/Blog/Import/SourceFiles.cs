using Blog.Content;
using Blog.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Blog.Import;

/// <summary>Reading a source's Markdown files: YAML front matter with its lines, a file that cannot be read reported and skipped.</summary>
public static class SourceFiles
{
    /// <summary>The front matter and body of a YAML-front-matter file; null (reported at file:line) when it cannot be read.</summary>
    public static (FrontMatter FrontMatter, string Body)? ReadYaml(string display, string text, ImportReport report)
    {
        try
        {
            return FrontMatterParser.Parse(display, text.ReplaceLineEndings("\n").TrimStart('\uFEFF'));
        }
        catch (DiagnosticException e)
        {
            report.Add(report.Unreadable, display, e.Diagnostic.Line, e.Diagnostic.Message);
            return null;
        }
    }

    /// <summary>Tags or categories written as a list, or as one string of space-separated words (Jekyll's rule).</summary>
    public static List<string> Words(FrontMatter fm, params string[] keys)
    {
        var words = new List<string>();
        foreach (var key in keys)
            if (fm.Values.TryGetValue(key, out var v))
                if (v is string s) words.AddRange(s.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                else words.AddRange(Flatten(v));
        return words.Distinct().ToList();
    }

    /// <summary>The strings of a value, lists flattened (Hexo's nested categories <c>[[a, b], c]</c> become a, b, c).</summary>
    public static IEnumerable<string> Flatten(object? value) => value switch
    {
        null => [],
        string s => s.Length > 0 ? [s] : [],
        IEnumerable<object?> list => list.SelectMany(Flatten),
        var other => [other.ToString() ?? ""],
    };

    /// <summary>A date from front matter by our rules (<see cref="FrontMatterDate"/>), read in <paramref name="zone"/> when it has no offset.</summary>
    public static DateTimeOffset? Date(string? text, TimeZoneInfo zone) =>
        string.IsNullOrWhiteSpace(text) ? null : FrontMatterDate.Parse(text.Trim(), zone);

    /// <summary>Markdown files under <paramref name="folder"/> (any depth), in ordinal order so that runs are repeatable.</summary>
    public static IEnumerable<string> Markdown(string folder, params string[] extensions) => !Directory.Exists(folder) ? [] :
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal);

    /// <summary>A YAML configuration file (<c>_config.yml</c>) as a mapping; null when it is missing or not YAML.</summary>
    public static YamlMappingNode? ReadConfig(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(path)));
            return stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode;
        }
        catch (YamlDotNet.Core.YamlException) { return null; }
    }

    /// <summary>A top-level scalar of a configuration mapping; null when absent or empty.</summary>
    public static string? Scalar(YamlMappingNode? map, string key) =>
        map is not null && map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value) ? s.Value : null;
}
