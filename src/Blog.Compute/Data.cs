using Blog.Paths;

namespace Blog.Compute;

/// <summary>
/// Data files of the site (<c>input/data/…</c>). Reading through here records the dependency, so
/// the cache reruns a block when a file it read changes.
/// </summary>
public sealed class Data(string root)
{
    private readonly List<string> _read = [];

    /// <summary>Files read so far on this page, relative to the data folder, in the order first read.</summary>
    public IReadOnlyList<string> FilesRead => _read;

    public string ReadText(string path) => File.ReadAllText(Resolve(path));

    public string[] ReadLines(string path) => File.ReadAllLines(Resolve(path));

    /// <summary>Comma-separated rows, header line skipped; fields are not unquoted (keep data files simple).</summary>
    public string[][] ReadCsv(string path, bool header = true) =>
        ReadLines(path).Skip(header ? 1 : 0).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();

    /// <summary>
    /// The full path of a data file, refused (<see cref="ArgumentException"/>) when it lies outside the
    /// data folder by name (<c>../x</c>) or once symbolic links are followed: the same rule
    /// (<see cref="PathContainment"/>) the build uses for every file it reads.
    /// </summary>
    private string Resolve(string path)
    {
        var full = Path.GetFullPath(Path.Combine(root, path));
        if (!PathContainment.IsInside(root, full))
            throw new ArgumentException($"Data file '{path}' is outside the data folder.");
        if (!File.Exists(full)) throw new FileNotFoundException($"Data file '{path}' not found in the data folder (input/data).");
        if (!PathContainment.IsInsideResolved(root, full))
            throw new ArgumentException($"Data file '{path}' is a symbolic link to '{Target(full)}', outside the data folder; files outside the site are never read.");
        var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
        if (!_read.Contains(relative)) _read.Add(relative);
        return full;
    }

    private static string Target(string full)
    {
        try { return PathContainment.Resolve(full); }
        catch (IOException) { return full; }
    }
}
