using System.Text.Json;
using System.Text.Json.Nodes;
using Blog.Content;

namespace Blog.Math;

/// <summary>
/// The browser-side MathJax 4 configuration: self-hosted files under the base path (never a CDN),
/// AMS numbering, \require{HTML} and \color, and the site's macros from statiq.json. MathJax only
/// looks inside elements of class "math", the ones our Markdown extension writes, so a stray "\(" in
/// prose or code is never typeset.
/// </summary>
public static class MathJaxConfig
{
    /// <summary>Where MathJax and its font live inside the output folder.</summary>
    public const string AssetFolder = "assets/mathjax";
    public const string FontFolder = "assets/mathjax/fonts";

    public static string Json(SiteSettings settings, string basePath)
    {
        var macros = new JsonObject();
        foreach (var (name, definition) in settings.Math.Macros) macros[name] = JsonNode.Parse(definition.GetRawText());
        var config = new JsonObject
        {
            ["loader"] = new JsonObject
            {
                // ams, newcommand and require are part of tex-chtml.js already; html and color are not.
                ["load"] = new JsonArray("[tex]/html", "[tex]/color"),
                // [mathjax] is found from the script's own URL; fonts would default to a CDN.
                ["paths"] = new JsonObject { ["fonts"] = basePath + FontFolder },
                // MathJax 2 called the html extension "HTML", and older articles still write
                // \require{HTML}; MathJax 4 would look for a file HTML.js that does not exist.
                ["source"] = new JsonObject { ["[tex]/HTML"] = "[tex]/html" },
            },
            ["tex"] = new JsonObject
            {
                ["inlineMath"] = new JsonArray(new JsonArray("\\(", "\\)")),
                ["displayMath"] = new JsonArray(new JsonArray("\\[", "\\]")),
                ["processEscapes"] = false,
                ["processEnvironments"] = true,
                ["tags"] = "ams",
                ["packages"] = new JsonObject { ["[+]"] = new JsonArray("html", "color") },
                ["macros"] = macros,
            },
            ["options"] = new JsonObject
            {
                ["ignoreHtmlClass"] = "tex2jax_ignore",
                ["processHtmlClass"] = "math",
            },
        };
        return config.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
