using System.Text.RegularExpressions;

namespace Blog.Markup.Citations;

/// <summary>
/// Splits a citation's suffix into a locator and the rest, as Pandoc does: <c>, p. 3</c> →
/// page "3"; <c>, chap. 2</c> → chapter "2"; <c>, 33-35</c> (a bare number) → page "33-35"; the rest
/// of the suffix stays a suffix. The terms are CSL's locator types and their usual English abbreviations
/// (https://docs.citationstyles.org/en/stable/specification.html#locators).
/// </summary>
public static partial class Locators
{
    private static readonly Dictionary<string, string> Terms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["p."] = "page", ["pp."] = "page", ["page"] = "page", ["pages"] = "page", ["页"] = "page",
        ["chap."] = "chapter", ["chaps."] = "chapter", ["ch."] = "chapter", ["chapter"] = "chapter", ["chapters"] = "chapter", ["章"] = "chapter",
        ["sec."] = "section", ["secs."] = "section", ["section"] = "section", ["sections"] = "section", ["§"] = "section", ["§§"] = "section", ["节"] = "section",
        ["fig."] = "figure", ["figs."] = "figure", ["figure"] = "figure", ["figures"] = "figure", ["图"] = "figure",
        ["tab."] = "table", ["table"] = "table", ["tables"] = "table", ["表"] = "table",
        ["eq."] = "equation", ["eqs."] = "equation", ["equation"] = "equation", ["equations"] = "equation",
        ["vol."] = "volume", ["vols."] = "volume", ["volume"] = "volume", ["volumes"] = "volume", ["卷"] = "volume",
        ["para."] = "paragraph", ["paras."] = "paragraph", ["paragraph"] = "paragraph", ["¶"] = "paragraph",
        ["l."] = "line", ["ll."] = "line", ["line"] = "line", ["lines"] = "line",
        ["n."] = "note", ["nn."] = "note", ["note"] = "note", ["notes"] = "note",
        ["bk."] = "book", ["bks."] = "book", ["book"] = "book", ["books"] = "book",
        ["pt."] = "part", ["pts."] = "part", ["part"] = "part", ["parts"] = "part",
        ["col."] = "column", ["cols."] = "column", ["column"] = "column",
        ["app."] = "appendix", ["appendix"] = "appendix", ["art."] = "article-locator", ["article"] = "article-locator",
        ["v."] = "verse", ["vv."] = "verse", ["verse"] = "verse", ["op."] = "opus", ["opus"] = "opus"
    };

    // ", " then an optional term, then numbers (arabic or roman, with a letter: 12a) joined by ranges and commas.
    [GeneratedRegex(@"^\s*,?\s*(?:(?<term>[\p{L}.§¶]+\.?)\s*)?(?<value>(?:\d+[a-z]?|[ivxlcdm]+)(?:\s*(?:[-–—]|,\s*)\s*(?:\d+[a-z]?|[ivxlcdm]+))*)(?=$|[\s,;)])(?<rest>.*)$",
        RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex LocatorPattern();

    /// <summary>
    /// (locator, CSL label, remaining suffix, the locator as written: "p. 3"); no locator when the suffix
    /// does not start with one.
    /// </summary>
    public static (string Locator, string Label, string Suffix, string Written) Split(string suffix)
    {
        var match = LocatorPattern().Match(suffix);
        if (!match.Success) return ("", "", suffix, "");
        var term = match.Groups["term"].Value;
        string label;
        if (term.Length == 0) label = "page";
        else if (!Terms.TryGetValue(term, out label!) && !Terms.TryGetValue(term.TrimEnd('.'), out label!)) return ("", "", suffix, "");
        var rest = match.Groups["rest"];
        return (match.Groups["value"].Value, label, rest.Value, suffix[..rest.Index].TrimStart().TrimStart(',').Trim());
    }
}
