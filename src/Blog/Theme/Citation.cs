using System.Globalization;
using Blog.Content;

namespace Blog.Theme;

/// <summary>The "引用" box under a post: a plain-text reference and a BibTeX entry.</summary>
public static class Citation
{
    /// <param name="title">The title as plain text (formulas as TeX without delimiters).</param>
    public static string Text(Entry entry, string title, string url)
    {
        var date = entry.Date ?? DateTimeOffset.UnixEpoch;
        var month = date.ToString("MMM", CultureInfo.InvariantCulture);
        return $"{entry.Author}. ({date.Year}, {month} {date.Day:00}). 《{title}》[Blog post]. Retrieved from {url}";
    }

    /// <summary>A BibTeX entry; the title keeps its <c>$…$</c>, BibTeX's own math syntax.</summary>
    public static string Bibtex(Entry entry, string url)
    {
        var date = entry.Date ?? DateTimeOffset.UnixEpoch;
        return string.Join('\n',
            $"@online{{{entry.Slug.Replace('-', '_')},",
            $"        title={{{entry.Title}}},",
            $"        author={{{entry.Author}}},",
            $"        year={{{date.Year}}},",
            $"        month={{{date.ToString("MMM", CultureInfo.InvariantCulture)}}},",
            $"        url={{\\url{{{url}}}}},",
            "}");
    }
}
