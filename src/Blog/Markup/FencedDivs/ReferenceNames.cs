using Blog.Diagnostics;

namespace Blog.Markup.FencedDivs;

/// <summary>
/// The words a reader sees around theorems and references, in the site's language: 定理/Theorem,
/// 证明/Proof, "第 {number} 节", … They come from the theme's string table
/// <c>theme/strings/&lt;language&gt;.json</c>, keys <c>crossref.…</c>; the keys are the kinds' id
/// prefixes (<c>thm</c>, <c>eq</c>, <c>fig</c>, …), the proof classes and the callout classes.
/// </summary>
public sealed class ReferenceNames(IReadOnlyDictionary<string, string> words)
{
    /// <summary>Every key the theme must define.</summary>
    public static readonly string[] Keys =
    [
        "thm", "lem", "cor", "prp", "cnj", "def", "exm", "exr", "proof", "remark", "solution",
        "callout-note", "callout-tip", "callout-warning", "callout-important", "callout-caution",
        "fig", "tbl", "eq", "sec", "reference", "section-reference", "cross-post", "block-name", "toc",
    ];

    public string this[string key] => words.TryGetValue(key, out var word) ? word : key;

    /// <summary>
    /// What joins the references of a group <c>[@a; @b; @c]</c>: <c>crossref.group-separator</c> before each
    /// but the last, <c>crossref.group-last-separator</c> before the last. Optional keys (a theme's older table
    /// lacks them): ", " and " and " when missing.
    /// </summary>
    public (string Between, string Last) GroupSeparators() =>
        (words.TryGetValue("group-separator", out var between) ? between : ", ",
         words.TryGetValue("group-last-separator", out var last) ? last : " and ");

    /// <summary>"定理 2": the name of <paramref name="kind"/> and its number; sections use their own pattern.</summary>
    public string Reference(string kind, string number, string? name = null) => kind == "sec"
        ? this["section-reference"].Replace("{number}", number)
        : this["reference"].Replace("{name}", name ?? this[kind]).Replace("{number}", number);

    /// <summary>"《Title》定理 2": a reference into another post.</summary>
    public string CrossPost(string title, string reference) => this["cross-post"].Replace("{title}", title).Replace("{reference}", reference);

    /// <summary>The text around a block's name after its number: "（" and "）" for "（中心极限定理）".</summary>
    public (string Before, string After) BlockName()
    {
        var pattern = this["block-name"];
        var at = pattern.IndexOf("{name}", StringComparison.Ordinal);
        return at < 0 ? (pattern, "") : (pattern[..at], pattern[(at + "{name}".Length)..]);
    }

    /// <summary>
    /// The words of the theme's one string table (<see cref="ThemeStrings"/>, keys <c>crossref.thm</c>, …);
    /// a table without one of <see cref="Keys"/> is a diagnostic at the table's file.
    /// </summary>
    public static ReferenceNames From(ThemeStrings strings)
    {
        var missing = Keys.Where(k => !strings.Values.ContainsKey("crossref." + k)).ToList();
        if (missing.Count > 0)
            throw new DiagnosticException(Diagnostic.Error(strings.Source, 1, 1,
                $"The string table has no word for: {string.Join(", ", missing.Select(k => "crossref." + k))}.",
                "Add them as in the built-in theme's strings/zh-CN.json (`blog theme eject strings/zh-CN.json` copies it)."));
        var words = Keys.ToDictionary(k => k, k => strings.Values["crossref." + k]);
        foreach (var optional in (string[])["group-separator", "group-last-separator"])
            if (strings.Values.TryGetValue("crossref." + optional, out var word)) words[optional] = word;
        return new ReferenceNames(words);
    }

    /// <summary>Reads the table of <paramref name="language"/> from <paramref name="themeFolder"/> (see <see cref="ThemeStrings.Load"/>).</summary>
    public static ReferenceNames Load(string themeFolder, string language)
        => From(ThemeStrings.Load(Path.GetDirectoryName(Path.GetFullPath(themeFolder).TrimEnd(Path.DirectorySeparatorChar))!, ThemeFolders.For(themeFolder), language));
}
