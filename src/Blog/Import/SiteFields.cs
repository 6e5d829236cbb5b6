namespace Blog.Import;

/// <summary>
/// Front-matter fields a source kept that this site reads itself (README "Front matter"), checked by this site's
/// rules before they are written, so an imported post never stops the build on a field it only carried along:
/// <list type="bullet">
/// <item><c>image</c> must be a site path or an http(s) URL. A bare name or relative path (a Jekyll theme's
/// <c>image: GAN.png</c>, shown from its own image folder) is looked up among the post's files, then as the one file
/// of that name or path in the source; found, it is copied beside the post and written as its site path; else it is dropped.</item>
/// <item><c>layout</c> other than <c>post</c> or <c>page</c> (a source theme's layout) is dropped.</item>
/// <item><c>comments</c> and <c>search</c> other than true/false, and an <c>author</c> that is not text, are dropped.</item>
/// </list>
/// Each drop is reported at the post's file.
/// </summary>
public static class SiteFields
{
    private static readonly string[] SkippedFolders = ["_site", "public", "node_modules", ".git", "resources"];

    /// <param name="sourceRoot">The source blog's folder, for an image named by a bare name; null for a WXR file.</param>
    /// <param name="permalink">The site path the entry will have (with a trailing '/'), for a file copied beside it.</param>
    public static void Check(ImportedEntry entry, string? sourceRoot, string permalink, ImportReport report)
    {
        if (entry.Extra.TryGetValue("image", out var image))
        {
            var value = (image as string ?? "").Trim();
            if (!SocialImage.IsValid(value))
            {
                entry.Extra.Remove("image");
                if (FileOf(entry, sourceRoot, value) is { } name) entry.Extra["image"] = permalink.TrimEnd('/') + "/" + name;
                else report.Add(report.NotConverted, entry.SourceFile, 0, $"image '{value}' is neither a site path, a URL nor a file of the source; dropped.");
            }
        }
        if (entry.Extra.TryGetValue("layout", out var layout) && layout as string is not ("post" or "page"))
            Drop(entry, "layout", report, "this site's theme has no such layout");
        foreach (var key in new[] { "comments", "search" })
            if (entry.Extra.TryGetValue(key, out var flag) && (flag as string)?.ToLowerInvariant() is not ("true" or "false"))
                Drop(entry, key, report, "it must be true or false");
        if (entry.Extra.TryGetValue("author", out var author) && author is not string)
            Drop(entry, "author", report, "it must be a name");
    }

    private static void Drop(ImportedEntry entry, string key, ImportReport report, string why)
    {
        report.Add(report.NotConverted, entry.SourceFile, 0, $"front matter '{key}' dropped: {why}.");
        entry.Extra.Remove(key);
    }

    /// <summary>The name beside the post of the file <paramref name="value"/> names, copying it there when needed; null when there is none.</summary>
    private static string? FileOf(ImportedEntry entry, string? sourceRoot, string value)
    {
        if (value.Length == 0 || value.Contains("://") || value.Contains("..")) return null;
        var relative = value.Replace('\\', '/').TrimStart('.', '/');
        var beside = entry.Files.FirstOrDefault(f => f.Name.Equals(Path.GetFileName(relative), StringComparison.OrdinalIgnoreCase)
            && f.SourcePath.Replace('\\', '/').EndsWith("/" + relative, StringComparison.OrdinalIgnoreCase));
        if (beside is not null) return beside.Name;
        if (sourceRoot is null || !Directory.Exists(sourceRoot)) return null;
        var matches = Directory.EnumerateFiles(sourceRoot, Path.GetFileName(relative), SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(sourceRoot, f).Split(Path.DirectorySeparatorChar).Any(SkippedFolders.Contains))
            .Where(f => f.Replace('\\', '/').EndsWith("/" + relative, StringComparison.Ordinal)).Take(2).ToList();
        if (matches.Count != 1) return null;
        var name = Path.GetFileName(matches[0]);
        if (entry.Files.Any(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase))) name = "cover-" + name;
        entry.Files.Add(new BundleFile(matches[0], name));
        return name;
    }
}
