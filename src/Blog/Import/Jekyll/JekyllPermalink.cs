using System.Globalization;
using System.Text.RegularExpressions;

namespace Blog.Import.Jekyll;

/// <summary>
/// A post's address on the Jekyll site, by Jekyll's permalink rules: the styles <c>date</c> (the default,
/// <c>/:categories/:year/:month/:day/:title:output_ext</c>), <c>pretty</c>, <c>ordinal</c>, <c>none</c>, or a
/// pattern of placeholders (<c>:year</c>, <c>:i_month</c>, <c>:title</c>, <c>:slug</c>, <c>:categories</c>…).
/// Source: Jekyll's documentation, "Permalinks".
/// </summary>
public static partial class JekyllPermalink
{
    public static string Expand(string? pattern, DateTimeOffset date, string slug, IReadOnlyList<string> categories)
    {
        var template = (pattern ?? "date") switch
        {
            "date" => "/:categories/:year/:month/:day/:title:output_ext",
            "pretty" => "/:categories/:year/:month/:day/:title/",
            "ordinal" => "/:categories/:year/:y_day/:title:output_ext",
            "weekdate" => "/:categories/:year/W:week/:short_day/:title:output_ext",
            "none" => "/:categories/:title:output_ext",
            var p => p,
        };
        var path = Placeholder().Replace(template, m => m.Groups[1].Value switch
        {
            "year" => date.Year.ToString("0000", CultureInfo.InvariantCulture),
            "short_year" => (date.Year % 100).ToString("00", CultureInfo.InvariantCulture),
            "month" => date.Month.ToString("00", CultureInfo.InvariantCulture),
            "i_month" => date.Month.ToString(CultureInfo.InvariantCulture),
            "short_month" => date.ToString("MMM", CultureInfo.InvariantCulture),
            "day" => date.Day.ToString("00", CultureInfo.InvariantCulture),
            "i_day" => date.Day.ToString(CultureInfo.InvariantCulture),
            "y_day" => date.DayOfYear.ToString("000", CultureInfo.InvariantCulture),
            "hour" => date.Hour.ToString("00", CultureInfo.InvariantCulture),
            "minute" => date.Minute.ToString("00", CultureInfo.InvariantCulture),
            "second" => date.Second.ToString("00", CultureInfo.InvariantCulture),
            "title" or "slug" => slug,
            "categories" => string.Join('/', categories.Select(c => c.ToLowerInvariant().Replace(' ', '-'))),
            "output_ext" => ".html",
            _ => m.Value,
        });
        return "/" + Slashes().Replace(path, "/").TrimStart('/');
    }

    [GeneratedRegex(@":(year|short_year|month|i_month|short_month|day|i_day|y_day|hour|minute|second|title|slug|categories|output_ext)")]
    private static partial Regex Placeholder();
    [GeneratedRegex("/{2,}")]
    private static partial Regex Slashes();
}
