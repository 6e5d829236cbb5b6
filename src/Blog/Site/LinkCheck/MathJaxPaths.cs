using System.Text.Json;
using System.Text.Json.Nodes;

namespace Blog.Site.LinkCheck;

/// <summary>
/// The folders MathJax loads its components and fonts from (<c>loader.paths</c> of the inline
/// <c>window.MathJax = {…}</c> configuration). They are URLs too, and must carry the base path.
/// </summary>
public static class MathJaxPaths
{
    /// <summary>The paths of an inline script's MathJax configuration; none for any other script.</summary>
    public static IEnumerable<FoundLink> Of(string script)
    {
        if (!script.Contains("MathJax", StringComparison.Ordinal)) return [];
        int start = script.IndexOf('{'), end = script.LastIndexOf('}');
        if (start < 0 || end <= start) return [];
        JsonNode? config;
        try { config = JsonNode.Parse(script[start..(end + 1)]); }
        catch (JsonException) { return []; } // not plain JSON: a theme's own script, nothing to check
        if (config?["loader"]?["paths"] is not JsonObject paths) return [];
        return paths
            .Select(p => p.Value is JsonValue v && v.TryGetValue<string>(out var path) ? path : null)
            .Where(path => path is not null && !path.StartsWith('['))
            .Select(path => new FoundLink(path!.TrimEnd('/') + "/", 0, IsFolder: true))
            .ToList();
    }
}
