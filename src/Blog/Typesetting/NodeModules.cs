namespace Blog.Typesetting;

/// <summary>Finds the node_modules folder holding MathJax: beside the site, or beside the tool itself.</summary>
public static class NodeModules
{
    /// <param name="package">The package that must be there: "mathjax" (browser components) or "@mathjax/src" (Node).</param>
    public static string? Find(string? siteRoot = null, string package = "mathjax")
    {
        foreach (var start in new[] { siteRoot, Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "node_modules");
                if (File.Exists(Path.Combine(candidate, package, "package.json"))) return candidate;
            }
        }
        return null;
    }
}
