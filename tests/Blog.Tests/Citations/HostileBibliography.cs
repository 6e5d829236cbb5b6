using System.Text.Json.Nodes;
using Blog.Tests.Support;
using Blog.Typesetting.Citations;

namespace Blog.Tests.Citations;

/// <summary>
/// A site whose bibliographies (.bib and CSL-JSON) carry hostile values in every field: quotes that
/// would end an attribute, event handlers, javascript: URLs, script and img elements. One post per
/// shipped CSL style cites every entry. Each payload, if it ran, would set <c>window.__pwned</c>.
/// </summary>
internal static class HostileBibliography
{
    /// <summary>Values an attacker would put in a field; each would set window.__pwned if it became markup.</summary>
    public static readonly string[] Payloads =
    [
        "10.1/\" autofocus tabindex=\"0\" onfocus=\"window.__pwned=1\" x=\"",
        "javascript:window.__pwned=1",
        "<script>window.__pwned=1</script>",
        "<img src=x onerror=\"window.__pwned=1\">",
        "https://example.org/' onmouseover='window.__pwned=1' x='",
        "doi:10.2/\"><svg onload=window.__pwned=1>",
        "<i onclick=\"window.__pwned=1\" style=\"position:fixed;inset:0\">x</i>",
    ];

    /// <summary>Post paths (site paths) by style.</summary>
    public static IEnumerable<(string Style, string Path)> Posts => CslStyles.Shipped.Select((s, i) => (s, $"/2020/01/p{i}/"));

    public static TestSite Create()
    {
        var site = TestSite.Empty();
        site.Settings(s => { s["math"]!["render"] = "client"; s["bibliography"] = new JsonArray("refs.bib", "refs.json"); });
        site.WriteFile("input/refs.bib", string.Join("\n\n", Payloads.Select((p, i) => Bib($"bib{i}", p))));
        site.WriteFile("input/refs.json", "[" + string.Join(",\n", Payloads.Select((p, i) => CslJson($"json{i}", p))) + "]");
        var keys = string.Join("; ", Payloads.SelectMany((_, i) => new[] { $"@bib{i}", $"@json{i}" }));
        foreach (var (style, i) in CslStyles.Shipped.Select((s, i) => (s, i)))
            site.WriteFile($"input/posts/p{i}.md", $"---\ntitle: p{i}\ndate: 2020-01-01\nslug: p{i}\ncsl: {style}\n---\n\nSee [{keys}] and @bib0.\n");
        return site;
    }

    /// <summary>The payload in every field a style may print; braces are balanced for BibTeX by construction.</summary>
    private static string Bib(string key, string payload)
    {
        var v = payload.Replace("{", "").Replace("}", "");
        return $$"""
            @article{{{key}},
              author = {{{v}} and Smith, {{v}}},
              editor = {{{v}}},
              title = {{{v}}},
              journal = {{{v}}},
              publisher = {{{v}}},
              address = {{{v}}},
              volume = {{{v}}}, number = {{{v}}}, pages = {{{v}}},
              note = {{{v}}},
              doi = {{{v}}},
              url = {{{v}}},
              year = {2020},
            }
            """;
    }

    private static string CslJson(string id, string payload)
    {
        var v = JsonValue.Create(payload).ToJsonString();
        return $$$"""
            {"id": "{{{id}}}", "type": "article-journal", "title": {{{v}}}, "container-title": {{{v}}},
             "author": [{"family": {{{v}}}, "given": {{{v}}}}, {"literal": {{{v}}}}], "publisher": {{{v}}}, "publisher-place": {{{v}}},
             "volume": {{{v}}}, "issue": {{{v}}}, "page": {{{v}}}, "note": {{{v}}}, "DOI": {{{v}}}, "URL": {{{v}}},
             "issued": {"date-parts": [[2020]]}}
            """;
    }
}
