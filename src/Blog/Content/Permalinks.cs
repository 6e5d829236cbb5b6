using System.Globalization;
using System.Text.RegularExpressions;

namespace Blog.Content;

/// <summary>Expands permalink patterns such as <c>/{year}/{month}/{slug}/</c>.</summary>
public static partial class Permalinks
{
    public static string Expand(string pattern, Entry entry)
    {
        var date = entry.Date ?? DateTimeOffset.UnixEpoch;
        var path = Placeholder().Replace(pattern, m => m.Groups[1].Value switch
        {
            "year" => date.Year.ToString("0000", CultureInfo.InvariantCulture),
            "month" => date.Month.ToString("00", CultureInfo.InvariantCulture),
            "day" => date.Day.ToString("00", CultureInfo.InvariantCulture),
            "slug" => entry.Slug,
            "kind" => entry.Kind == EntryKind.Post ? "posts" : "pages",
            // SiteSettings refuses any other placeholder, with its place in statiq.json.
            var other => throw new InvalidOperationException($"Unknown permalink placeholder '{{{other}}}' passed validation."),
        });
        return "/" + path.TrimStart('/');
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
