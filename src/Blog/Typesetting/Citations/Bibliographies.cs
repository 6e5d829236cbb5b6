using System.Collections.Concurrent;
using Blog.Diagnostics;
using Blog.Pipelines;

namespace Blog.Typesetting.Citations;

/// <summary>
/// The bibliography files of a site, each read and scanned once per content: a file whose bytes
/// have not changed since the last build of this process (the preview server) is not scanned again.
/// </summary>
/// <param name="containment">The site's read guard: a path may not leave input/, by name or by a link (<see cref="ContainedPaths.Setting"/>).</param>
public sealed class Bibliographies(string inputFolder, ContainedPaths containment)
{
    private static readonly ConcurrentDictionary<string, BibFile> Scanned = new();

    /// <summary>
    /// The file at <paramref name="path"/> (relative to input/); a missing file is an error at
    /// <paramref name="file"/>:<paramref name="line"/>, where the setting names it.
    /// </summary>
    public BibFile Load(string path, string file, int line)
    {
        var full = containment.Setting(inputFolder, path, file, line, "bibliography file");
        var display = Path.GetRelativePath(Path.GetDirectoryName(inputFolder) ?? inputFolder, full).Replace('\\', '/');
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            var near = Directory.Exists(Path.GetDirectoryName(full))
                ? Directory.GetFiles(Path.GetDirectoryName(full)!).Where(f => f.EndsWith(".bib") || f.EndsWith(".json"))
                    .Select(f => Path.GetRelativePath(inputFolder, f).Replace('\\', '/')).ToList()
                : [];
            throw new DiagnosticException(Diagnostic.Error(file, line, 1, $"The bibliography file '{path}' does not exist ({display}).",
                "Bibliography paths are relative to input/" + (near.Count > 0 ? "; found there: " + string.Join(", ", near.Take(5)) : ".")));
        }
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        if (Scanned.TryGetValue(full, out var known) && known.Hash == hash) return known;
        var scanned = BibFile.Scan(full, display, bytes);
        Scanned[full] = scanned;
        return scanned;
    }
}
