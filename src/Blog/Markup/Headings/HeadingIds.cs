using System.Globalization;
using System.Text;

namespace Blog.Markup.Headings;

/// <summary>
/// Heading identifiers by GitHub's rule (the one Markdig's GitHub mode and GitHub's renderer
/// follow): the heading's text with formulas as their TeX (as Pandoc's <c>stringify</c> gives it),
/// lower-cased; letters of every script, digits, '_' and '-' kept, other punctuation dropped, each
/// space a '-'. Where GitHub gives nothing (a heading of only punctuation), Pandoc's "section" is used.
/// Unique within a page: a repeated id gets "-1", "-2", … (GitHub and Pandoc alike).
/// </summary>
public sealed class HeadingIds
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>Marks an id written by the author (<c>{#id}</c>) as taken, so no automatic id repeats it.</summary>
    public void Reserve(string id) => _used.Add(id);

    /// <summary>The id for a heading whose plain text is <paramref name="text"/>, not used before on the page.</summary>
    public string Next(string text)
    {
        var id = Slug(text);
        if (_used.Add(id)) return id;
        for (var n = 1; ; n++)
            if (_used.Add($"{id}-{n}")) return $"{id}-{n}";
    }

    /// <summary>GitHub's slug of a heading's text; "section" when nothing is left.</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (c == ' ') slug.Append('-');
            else if (c == '-' || Word(c)) slug.Append(c);
        }
        return slug.Length == 0 ? "section" : slug.ToString();
    }

    /// <summary>Ruby's <c>\p{Word}</c>, which GitHub's rule keeps: letters, marks, digits and connector punctuation ('_').</summary>
    private static bool Word(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
        or UnicodeCategory.ConnectorPunctuation || char.IsSurrogate(c);
}
