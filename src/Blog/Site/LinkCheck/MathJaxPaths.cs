using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;

namespace Blog.Site.LinkCheck;

/// <summary>
/// The folders MathJax loads its components and fonts from (<c>loader.paths</c> of the inline
/// <c>window.MathJax = {…}</c> configuration). They are URLs too, and must carry the base path.
/// </summary>
public static class MathJaxPaths
{
    public static IEnumerable<FoundLink> Of(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script:not([src])"))
        {
            var text = script.TextContent;
            if (!text.Contains("MathJax", StringComparison.Ordinal)) continue;
            int start = text.IndexOf('{'), end = text.LastIndexOf('}');
            if (start < 0 || end <= start) continue;
            JsonNode? config;
            try { config = JsonNode.Parse(text[start..(end + 1)]); }
            catch (JsonException) { continue; } // not plain JSON: a theme's own script, nothing to check
            if (config?["loader"]?["paths"] is not JsonObject paths) continue;
            foreach (var (_, value) in paths)
            {
                if (value is JsonValue v && v.TryGetValue<string>(out var path) && !path.StartsWith('['))
                    yield return new FoundLink(path.TrimEnd('/') + "/", 0, IsFolder: true);
            }
        }
    }
}
