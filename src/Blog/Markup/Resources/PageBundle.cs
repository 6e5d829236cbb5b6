namespace Blog.Markup.Resources;

/// <summary>
/// The files beside one Markdown file that its page takes along: for <c>x.md</c> the ones its links
/// name, for the leaf bundle <c>x/index.md</c> also every non-Markdown file below <c>x/</c> (not
/// below a subfolder that is a bundle of its own).
/// </summary>
/// <param name="source">The Markdown file's absolute path.</param>
/// <param name="page">The Markdown file relative to the site root, for messages.</param>
/// <param name="permalink">The page's permalink; its folder (up to the last '/') receives the files.</param>
/// <param name="isLeaf">Whether the file is <c>index.md</c> in a folder of its own below <c>posts/</c> or <c>pages/</c>.</param>
internal sealed class PageBundle(string source, string page, string permalink, bool isLeaf)
{
    private readonly string _folder = Path.GetDirectoryName(source)!;
    private readonly string _pageFolder = permalink.TrimStart('/')[..(permalink.TrimStart('/').LastIndexOf('/') + 1)];

    public string Page => page;

    /// <summary>x/index.md: a folder of its own.</summary>
    public bool IsLeaf => isLeaf;

    /// <summary>By destination, in the order found.</summary>
    public Dictionary<string, PageResource> Resources { get; } = new(StringComparer.Ordinal);

    /// <summary>The resource <paramref name="relativePath"/> names, or null when it leaves the Markdown file's folder.</summary>
    public PageResource? Resolve(string relativePath, int line, int column)
    {
        var file = Path.GetFullPath(Path.Combine(_folder, relativePath));
        if (!file.StartsWith(_folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        var resource = new PageResource(file, _pageFolder + Path.GetRelativePath(_folder, file).Replace('\\', '/'), page, line, column);
        if (File.Exists(file)) Resources.TryAdd(resource.Destination, resource);
        return resource;
    }

    /// <summary>Every non-Markdown file of a leaf bundle's folder, linked or not.</summary>
    public void AddFolderFiles()
    {
        foreach (var file in Files(_folder))
        {
            var destination = _pageFolder + Path.GetRelativePath(_folder, file).Replace('\\', '/');
            Resources.TryAdd(destination, new PageResource(file, destination, page, 0, 0));
        }
    }

    private static IEnumerable<string> Files(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            if (!IsMarkdown(file)) yield return file;
        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
            if (!File.Exists(Path.Combine(sub, "index.md")))
                foreach (var file in Files(sub)) yield return file;
    }

    private static bool IsMarkdown(string file) => Path.GetExtension(file).Equals(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>A path as the site's author knows it: relative to the site root.</summary>
    public string Display(string file) => Path.Combine(Path.GetDirectoryName(page) ?? "", Path.GetRelativePath(_folder, file)).Replace('\\', '/');
}
