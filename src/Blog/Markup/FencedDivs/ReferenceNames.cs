using System.Text.Json;
using Blog.Diagnostics;

namespace Blog.Markup.FencedDivs;

/// <summary>
/// The words a reader sees around theorems and references, in the site's language: 定理/Theorem,
/// 证明/Proof, "第 {number} 节", … They come from the theme's string table
/// <c>theme/i18n/&lt;language&gt;.json</c>, section <c>crossref</c>; the keys are the kinds' id
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

    /// <summary>Reads the table of <paramref name="language"/> from <paramref name="themeFolder"/>.</summary>
    public static ReferenceNames Load(string themeFolder, string language)
    {
        var path = Path.Combine(themeFolder, "i18n", language + ".json");
        var display = Path.Combine("theme", "i18n", language + ".json");
        if (!File.Exists(path))
            throw new DiagnosticException(Diagnostic.Error("statiq.json", 0, 0,
                $"The theme has no string table for the site's language '{language}' ({display}).",
                "Copy theme/i18n/zh-CN.json or en.json to that name and translate it, or set \"language\" to a language the theme has."));
        Dictionary<string, string>? words;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            words = json.RootElement.TryGetProperty("crossref", out var section) ? section.Deserialize<Dictionary<string, string>>() : null;
        }
        catch (JsonException e)
        {
            throw new DiagnosticException(Diagnostic.Error(display, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1,
                "The string table is not valid JSON: " + e.Message.Split(" Path:")[0]));
        }
        var missing = Keys.Where(k => words is null || !words.ContainsKey(k)).ToList();
        if (missing.Count > 0)
            throw new DiagnosticException(Diagnostic.Error(display, 1, 1, $"The string table has no \"crossref\" word for: {string.Join(", ", missing)}.",
                "Add them to the \"crossref\" object, as in theme/i18n/zh-CN.json."));
        return new ReferenceNames(words!);
    }
}
