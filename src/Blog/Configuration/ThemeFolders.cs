namespace Blog.Configuration;

/// <summary>
/// The theme a site is built with: the site's own <c>theme/</c> folder laid over the theme built into
/// the tool, file by file. A layout, partial, site template, asset or string-table key of the site
/// wins over the built-in one of the same relative path; every other file comes from the tool, so a
/// blogger who changed one partial keeps the tool's later fixes of all the others (Hugo's lookup
/// order: project, then theme; https://gohugo.io/templates/lookup-order/). Paths are absolute; the
/// site folder need not exist.
/// </summary>
/// <param name="Site">The site's theme folder (usually <c>SITE/theme</c>), searched first.</param>
/// <param name="BuiltIn">The tool's theme folder (<see cref="BuiltInFolder"/>), searched last.</param>
public sealed record ThemeFolders(string Site, string BuiltIn)
{
    /// <summary>The theme shipped with the tool: <c>theme/</c> beside blog.dll (copied from src/Blog/Theme/Default/ at build).</summary>
    public static string BuiltInFolder { get; } = Path.Combine(AppContext.BaseDirectory, "theme");

    /// <summary>A site's <c>theme/</c> over the built-in theme.</summary>
    public static ThemeFolders For(string siteTheme) => new(Path.GetFullPath(siteTheme), BuiltInFolder);

    /// <summary>The folders in lookup order: the site's, then the built-in one (once, should they be the same folder).</summary>
    public IReadOnlyList<string> Layers => PathEquals(Site, BuiltIn) ? [BuiltIn] : [Site, BuiltIn];

    /// <summary>The file a relative path such as <c>layouts/post.sbn-html</c> names: the site's if it has one, else the built-in one; null if neither.</summary>
    public string? Find(string relativePath) =>
        Layers.Select(l => Path.Combine(l, relativePath)).FirstOrDefault(File.Exists);

    /// <summary>
    /// The relative paths (with '/' separators) of the files matching <paramref name="searchPattern"/>
    /// directly in <paramref name="subfolder"/> of any layer, each once, in ordinal order.
    /// </summary>
    public IReadOnlyList<string> Files(string subfolder, string searchPattern) => Layers
        .Select(l => Path.Combine(l, subfolder)).Where(Directory.Exists)
        .SelectMany(f => Directory.EnumerateFiles(f, searchPattern).Select(p => subfolder + "/" + Path.GetFileName(p)))
        .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>Whether <paramref name="path"/> is a file of the built-in theme (not of the site's own theme/).</summary>
    public bool IsBuiltIn(string path) => !PathEquals(Site, BuiltIn) && PathContainment.IsInside(BuiltIn, Path.GetFullPath(path));

    /// <summary>
    /// How messages name a theme file: relative to the site root for the site's own files
    /// (<c>theme/layouts/post.sbn-html</c>), and <c>(built-in theme)/layouts/post.sbn-html</c> for the tool's.
    /// </summary>
    public string Display(string siteRoot, string path) => IsBuiltIn(path)
        ? BuiltInLabel + "/" + Path.GetRelativePath(BuiltIn, path).Replace('\\', '/')
        : Path.GetRelativePath(siteRoot, path).Replace('\\', '/');

    /// <summary>The stand-in folder name messages give the built-in theme.</summary>
    public const string BuiltInLabel = "(built-in theme)";

    private static bool PathEquals(string a, string b) => string.Equals(
        Path.GetFullPath(a).TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(b).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);
}
