using Blog.Diagnostics;

namespace Blog.Theme;

/// <summary>
/// <c>blog theme eject [FILE]</c>: copies built-in theme files into a site's <c>theme/</c> folder, where they
/// override the tool's (<see cref="ThemeFolders"/>) and can be edited. FILE is a path inside the theme
/// (<c>partials/footer.sbn-html</c>, <c>theme/assets/css/site.css</c>) or a folder of it (<c>partials</c>);
/// without it, every built-in file is copied. A file the site already has is not overwritten unless forced.
/// </summary>
public static class ThemeEject
{
    /// <summary>
    /// Copies the files and returns their paths relative to the site root ('/' separators), in ordinal order.
    /// An unknown FILE, or files the site already has without <paramref name="force"/>, is a
    /// <see cref="DiagnosticException"/> and nothing is copied.
    /// </summary>
    public static IReadOnlyList<string> Run(string siteRoot, string? file, bool force, string? builtIn = null)
    {
        builtIn ??= ThemeFolders.BuiltInFolder;
        var relative = Normalize(file);
        var source = relative.Length == 0 ? builtIn : Path.GetFullPath(Path.Combine(builtIn, relative));
        if (relative.Length > 0 && !PathContainment.IsInside(builtIn, source))
            throw new DiagnosticException(Diagnostic.Error(file!, 0, 0, $"'{file}' is not inside the theme.",
                "Name a file of the built-in theme, such as partials/footer.sbn-html or assets/css/site.css."));
        IEnumerable<string> files = File.Exists(source) ? [source]
            : Directory.Exists(source) ? Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
            : throw new DiagnosticException(Diagnostic.Error(file!, 0, 0, $"The built-in theme has no file or folder '{relative}'.",
                "It has: " + string.Join(", ", Directory.EnumerateFileSystemEntries(builtIn).Select(Path.GetFileName).Order(StringComparer.Ordinal))
                + " (for example partials/footer.sbn-html or assets/css/site.css)."));
        var copies = files.Select(f => (From: f, To: Path.Combine(siteRoot, "theme", Path.GetRelativePath(builtIn, f))))
            .OrderBy(c => c.To, StringComparer.Ordinal).ToList();
        string Shown(string path) => Path.GetRelativePath(siteRoot, path).Replace('\\', '/');
        var existing = copies.Where(c => File.Exists(c.To)).Select(c => Shown(c.To)).ToList();
        if (existing.Count > 0 && !force)
            throw new DiagnosticException(Diagnostic.Error(existing[0], 0, 0,
                $"Not overwriting {(existing.Count == 1 ? existing[0] : $"{existing.Count} files the site already has ({string.Join(", ", existing.Take(5))}{(existing.Count > 5 ? ", …" : "")})")}: nothing was copied.",
                "Pass --force to replace them with the built-in files (your changes to them are lost), or name one file to eject."));
        foreach (var (from, to) in copies)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to, overwrite: true);
        }
        return copies.Select(c => Shown(c.To)).ToList();
    }

    /// <summary>"theme/partials/x", "./partials/x", "partials\x" → "partials/x"; null or "." → "".</summary>
    private static string Normalize(string? file)
    {
        var path = (file ?? "").Replace('\\', '/').Trim().TrimStart('/');
        while (path.StartsWith("./", StringComparison.Ordinal)) path = path[2..];
        if (path.StartsWith("theme/", StringComparison.Ordinal)) path = path["theme/".Length..];
        return path is "." or "theme" ? "" : path.TrimEnd('/');
    }
}
