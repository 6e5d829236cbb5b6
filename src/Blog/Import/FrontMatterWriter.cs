using System.Globalization;
using YamlDotNet.Serialization;

namespace Blog.Import;

/// <summary>
/// Writes an imported entry's front matter in this site's names (README "Front matter") with YamlDotNet,
/// which quotes whatever needs it (a title with ':' or '\', a tag that looks like a number).
/// </summary>
public static class FrontMatterWriter
{
    private static readonly ISerializer Serializer = new SerializerBuilder().DisableAliases().Build();

    /// <param name="aliases">The old paths that the new permalink does not equal.</param>
    public static string Write(ImportedEntry entry, IReadOnlyList<string> aliases)
    {
        var fields = new Dictionary<string, object>(StringComparer.Ordinal) { ["title"] = entry.Title };
        var date = entry.DateText ?? entry.Date?.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);
        if (date is not null) fields["date"] = date;
        if (entry.Updated is { } updated) fields["updated"] = updated.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);
        if (entry.Tags.Count > 0) fields["tags"] = entry.Tags;
        if (entry.Categories.Count > 0) fields["categories"] = entry.Categories;
        if (!string.IsNullOrWhiteSpace(entry.Summary)) fields["summary"] = entry.Summary.Trim();
        fields["slug"] = entry.Slug;
        if (entry.Draft) fields["draft"] = true;
        if (entry.Toc) fields["toc"] = true;
        if (aliases.Count > 0) fields["aliases"] = aliases;
        foreach (var (key, value) in entry.Extra.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            fields.TryAdd(key, value);
        return "---\n" + Serializer.Serialize(fields).ReplaceLineEndings("\n") + "---\n";
    }
}
