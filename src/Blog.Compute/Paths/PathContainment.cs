namespace Blog.Paths;

/// <summary>
/// "Is this path inside that folder?", the one answer for output writing, the preview's files,
/// caches and theme templates. Paths are made absolute and <c>.</c>/<c>..</c> resolved first, and
/// a folder is matched with its trailing separator, so <c>theme-x/evil</c> is not inside <c>theme</c>.
/// </summary>
/// <remarks>
/// It lives in Blog.Compute, not in the tool's Pipelines stage, because compute blocks read data
/// files through <c>Blog.Compute.Data</c> in the worker and Blog.Compute cannot reference the tool.
/// It is internal: blocks do not see it; the tool does (InternalsVisibleTo).
/// </remarks>
internal static class PathContainment
{
    /// <summary>Names differ by case on Linux only; Windows and macOS file systems ignore it by default.</summary>
    private static readonly StringComparison Comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>
    /// True when <paramref name="path"/> lies below <paramref name="folder"/> (not the folder itself),
    /// by name only: symbolic links are not followed. Relative paths are taken from the current directory.
    /// </summary>
    public static bool IsInside(string folder, string path) => Below(Full(folder), Full(path));

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> itself or lies below it, by name only.</summary>
    public static bool IsSameOrInside(string folder, string path)
    {
        var (f, p) = (Full(folder), Full(path));
        return string.Equals(f, p, Comparison) || Below(f, p);
    }

    /// <summary>
    /// Like <see cref="IsInside"/>, after following every symbolic link on both paths (in any folder
    /// on the way, not only the last name): a link inside the folder that points outside it is outside.
    /// A path that does not exist yet is resolved as far as it exists. A link loop counts as outside.
    /// </summary>
    public static bool IsInsideResolved(string folder, string path)
    {
        try
        {
            return Below(Resolve(Full(folder)), Resolve(Full(path)));
        }
        catch (IOException)
        {
            return false; // too many levels of links: a loop
        }
    }

    /// <summary>
    /// The path with every symbolic link on it followed (in any folder on the way), like POSIX
    /// <c>realpath</c>; parts after the first missing one are kept as written. Throws
    /// <see cref="IOException"/> after 40 links (a loop), the limit Linux's <c>ELOOP</c> uses.
    /// </summary>
    public static string Resolve(string path, int depth = 0)
    {
        if (depth > 40) throw new IOException($"Too many levels of symbolic links at {path}.");
        var full = Full(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (!info.Exists && info.LinkTarget is null) return Path.Combine([next, .. parts[(i + 1)..]]);
            // The target may itself lie under links: resolve it again.
            current = info.LinkTarget is { } target ? Resolve(Path.GetFullPath(target, current), depth + 1) : next;
        }
        return current;
    }

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool Below(string folder, string path) =>
        path.Length > folder.Length + 1 && path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, Comparison);
}
