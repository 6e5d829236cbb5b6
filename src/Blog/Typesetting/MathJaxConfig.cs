using System.Text.Json;
using System.Text.Json.Nodes;

namespace Blog.Typesetting;

/// <summary>
/// The MathJax 4 configuration, shared by the browser (client mode) and the build-time worker, so
/// both typeset the same TeX the same way: AMS numbering, \style and \color, the site's macros from
/// statiq.json. In the browser, files are self-hosted under the base path (never a CDN) and MathJax
/// only looks inside elements of class "math", the ones our Markdown extension writes, so a stray
/// "\(" in prose or code is never typeset.
/// </summary>
public static class MathJaxConfig
{
    /// <summary>Where MathJax and its font live inside the output folder.</summary>
    public const string AssetFolder = "assets/mathjax";
    public const string FontFolder = "assets/mathjax/fonts";

    /// <summary>
    /// Extensions added to those tex-chtml.js has (base, ams, newcommand, require, autoload, …).
    /// "require" must not be listed again: MathJax 4 then stops with "Illegal characters used in \require prefix".
    /// </summary>
    private static readonly string[] Extensions = ["html", "color"];

    /// <summary>Components to load besides the TeX input itself.</summary>
    public static JsonArray Load() => new([.. Extensions.Select(e => JsonValue.Create("[tex]/" + e))]);

    /// <summary>
    /// Component names mapped to others. MathJax 2 called the html extension "HTML", and older
    /// articles still write \require{HTML}; MathJax 4 would look for a file HTML.js that does not exist.
    /// </summary>
    public static JsonObject Source() => new() { ["[tex]/HTML"] = "[tex]/html" };

    /// <summary>The <c>tex</c> block: delimiters, numbering, extensions and macros.</summary>
    public static JsonObject Tex(SiteSettings settings)
    {
        var macros = new JsonObject();
        foreach (var (name, definition) in settings.Math.Macros.OrderBy(m => m.Key, StringComparer.Ordinal))
            macros[name] = JsonNode.Parse(definition.GetRawText());
        return new JsonObject
        {
            ["inlineMath"] = new JsonArray(new JsonArray("\\(", "\\)")),
            ["displayMath"] = new JsonArray(new JsonArray("\\[", "\\]")),
            ["processEscapes"] = false,
            ["processEnvironments"] = true,
            ["tags"] = "ams",
            ["packages"] = new JsonObject { ["[+]"] = new JsonArray([.. Extensions.Select(e => JsonValue.Create(e))]) },
            ["macros"] = macros,
        };
    }

    /// <summary>The <c>options</c> block: typeset only our math elements.</summary>
    public static JsonObject Options() => new()
    {
        ["ignoreHtmlClass"] = "tex2jax_ignore",
        ["processHtmlClass"] = "math",
    };

    /// <summary>The browser configuration, <c>window.MathJax = …</c>.</summary>
    public static string Json(SiteSettings settings, string basePath)
    {
        var config = new JsonObject
        {
            ["loader"] = new JsonObject
            {
                ["load"] = Load(),
                ["paths"] = new JsonObject { ["mathjax"] = basePath + AssetFolder, ["fonts"] = basePath + FontFolder },
                ["source"] = Source(),
            },
            ["tex"] = Tex(settings),
            ["options"] = Options(),
        };
        return config.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
