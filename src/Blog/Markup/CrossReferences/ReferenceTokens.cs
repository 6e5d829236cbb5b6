using System.Globalization;

namespace Blog.Markup.CrossReferences;

/// <summary>
/// Where a reference stands in a page's HTML and plain text until every page is known: two
/// private-use characters around its index. They pass through HTML escaping and math typesetting
/// untouched, and are replaced by exact string matching, never by parsing the HTML.
/// </summary>
public static class ReferenceTokens
{
    public const char Open = '\uE000', Close = '\uE001';

    /// <summary>Where reference <paramref name="index"/> stands as a link to its target.</summary>
    public static string Of(int index) => Open + index.ToString(CultureInfo.InvariantCulture) + Close;

    /// <summary>Where reference <paramref name="index"/> stands as its words only, without a link (inside another link's text).</summary>
    public static string WordsOf(int index) => Open + "~" + index.ToString(CultureInfo.InvariantCulture) + Close;
}
