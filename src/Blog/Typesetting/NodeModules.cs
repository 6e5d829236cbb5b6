namespace Blog.Typesetting;

/// <summary>
/// Finds the node_modules folder holding a Node package: above the site, the current folder or the tool
/// (a clone of the repository after <c>npm ci</c>), else the per-user cache of an installed tool, which is
/// filled on first use (<see cref="NodePackages"/>).
/// </summary>
public static class NodeModules
{
    /// <param name="package">The package that must be there: "mathjax" (browser components), "@mathjax/src" (Node), "pagefind", "citeproc".</param>
    /// <returns>The node_modules folder, or null when none is found and the tool ships no package-lock.json to install from.</returns>
    /// <exception cref="Blog.Diagnostics.DiagnosticException">npm is missing or cannot install the packages.</exception>
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
        return File.Exists(Path.Combine(ToolInfo.NodeManifestFolder, "package-lock.json")) ? NodePackages.EnsureInstalled(package) : null;
    }
}
