using System.Text.Json;

namespace Blog.Typesetting;

/// <summary>
/// What MathJax's CHTML output needs styles for, as its own <c>Usage</c> lists hold it: wrapper kinds
/// ("mfrac"), font characters ([variant, code point]) and stretchy delimiters (code points), in the
/// order it met them. A formula's usage is independent of the page it stands on, so it is cached with
/// the formula, and the site's stylesheet is MathJax's sheet for the union of every page's usage.
/// </summary>
public sealed record StyleUsage(IReadOnlyList<JsonElement> Wrappers, IReadOnlyList<JsonElement> Chars, IReadOnlyList<JsonElement> Delims)
{
    public static readonly StyleUsage None = new([], [], []);

    /// <summary>
    /// The usages joined in order, each item kept at its first place: the usage MathJax would have
    /// after typesetting all those formulas in that order in one document.
    /// </summary>
    public static StyleUsage Union(IEnumerable<StyleUsage> usages)
    {
        List<JsonElement> wrappers = [], chars = [], delims = [];
        HashSet<string> seenWrappers = [], seenChars = [], seenDelims = [];
        foreach (var usage in usages)
        {
            Add(usage.Wrappers, wrappers, seenWrappers);
            Add(usage.Chars, chars, seenChars);
            Add(usage.Delims, delims, seenDelims);
        }
        return new StyleUsage(wrappers, chars, delims);
    }

    /// <summary>A text naming every item in order, to key the stylesheet made from this usage.</summary>
    public string Fingerprint() => string.Join('\n', Wrappers.Select(Raw)) + "\n\n" + string.Join('\n', Chars.Select(Raw)) + "\n\n" + string.Join('\n', Delims.Select(Raw));

    private static string Raw(JsonElement e) => e.GetRawText();

    private static void Add(IReadOnlyList<JsonElement> items, List<JsonElement> into, HashSet<string> seen)
    {
        foreach (var item in items)
            if (seen.Add(item.GetRawText())) into.Add(item);
    }
}
