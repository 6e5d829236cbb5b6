using System.Globalization;
using Blog.Content;

namespace Blog.Theme;

/// <summary>The cite box under a post (partials/cite): a plain-text reference and a BibTeX entry.</summary>
public static class Citation
{
    /// <summary>
    /// The plain-text reference, from the string table's <c>cite.text</c> pattern (placeholders
    /// <c>{author}</c>, <c>{year}</c>, <c>{month}</c> (short English month name, as APA writes it),
    /// <c>{day}</c> (two digits), <c>{title}</c>, <c>{url}</c>).
    /// </summary>
    /// <param name="title">The title as plain text (formulas as TeX without delimiters).</param>
    public static string Text(Entry entry, string title, string url, ThemeStrings strings)
    {
        var date = entry.Date ?? DateTimeOffset.UnixEpoch;
        return strings.Text("cite.text", ("author", entry.Author), ("year", date.Year),
            ("month", date.ToString("MMM", CultureInfo.InvariantCulture)), ("day", date.Day.ToString("00", CultureInfo.InvariantCulture)),
            ("title", title), ("url", url));
    }

    /// <summary>A BibTeX entry; the title keeps its <c>$…$</c>, BibTeX's own math syntax.</summary>
    public static string Bibtex(Entry entry, string url)
    {
        var date = entry.Date ?? DateTimeOffset.UnixEpoch;
        return string.Join('\n',
            $"@online{{{Key(entry.Slug)},",
            $"        title={{{Field(entry.Title)}}},",
            $"        author={{{Field(entry.Author)}}},",
            $"        year={{{date.Year}}},",
            $"        month={{{date.ToString("MMM", CultureInfo.InvariantCulture)}}},",
            $"        url={{\\url{{{url}}}}},",
            "}");
    }

    /// <summary>A citation key keeps letters, digits, ':' and '.'; anything else becomes '_' (BibTeX ends a key at ',' or '}' and at white space).</summary>
    private static string Key(string slug) => new(slug.Select(c => char.IsLetterOrDigit(c) || c is ':' or '.' ? c : '_').ToArray());

    /// <summary>
    /// Text for a brace-delimited BibTeX field. BibTeX ends the field at the '}' that balances its '{'
    /// and does not know backslash escapes, so a '}' without its '{' (or the reverse) in a title or
    /// author would end the field and let the rest be read as new fields. Balanced brace groups are
    /// kept (they protect case and hold TeX such as \frac{a}{b}); an unbalanced brace becomes
    /// \textbraceleft{} or \textbraceright{}; '%' (a LaTeX comment) becomes \% and '"' becomes {"}.
    /// </summary>
    public static string Field(string text)
    {
        var unmatched = new HashSet<int>();
        var open = new Stack<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{') open.Push(i);
            else if (text[i] == '}' && !open.TryPop(out _)) unmatched.Add(i);
        }
        unmatched.UnionWith(open);
        var field = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            field.Append(c switch
            {
                '{' when unmatched.Contains(i) => "\\textbraceleft{}",
                '}' when unmatched.Contains(i) => "\\textbraceright{}",
                '%' when i == 0 || text[i - 1] != '\\' => "\\%",
                '"' => "{\"}",
                _ => c.ToString(),
            });
        }
        return field.ToString();
    }
}
