using Blog.Diagnostics;

namespace Blog.Pipelines;

/// <summary>
/// Where a build may read files from: inside its roots (the site folder, and the input and theme
/// folders when they are elsewhere) once every symbolic link on the way is resolved. A link whose
/// target lies outside is refused with a diagnostic at the link's path (or, when
/// <paramref name="allowOutside"/>, read with a warning); a link that leads back into a folder
/// being walked, or to itself, is a loop, reported once and not followed. Links are resolved and
/// containment decided by <see cref="PathContainment"/>, the rule every other check uses.
/// </summary>
/// <param name="siteRoot">Folder the reported paths are relative to.</param>
/// <param name="roots">Folders files may resolve into; the site root is always one.</param>
/// <param name="allowOutside">statiq.json's <c>allowSymlinksOutside</c>.</param>
public sealed class ContainedPaths(string siteRoot, IEnumerable<string> roots, bool allowOutside)
{
    /// <summary>A guard of the site folder alone, links outside refused.</summary>
    public ContainedPaths(string siteRoot) : this(siteRoot, [], false) { }

    private readonly IReadOnlyList<string> _roots = roots.Prepend(siteRoot).Select(RealPathOrSelf).Distinct().ToList();

    /// <summary>
    /// Every file under <paramref name="folder"/> that may be read, as paths under the folder (links
    /// not replaced, so relative names stay those the user sees), in ordinal order. Refused links and
    /// loops go to <paramref name="problems"/>; a warning there does not drop the file.
    /// </summary>
    public IReadOnlyList<string> Files(string folder, ICollection<Diagnostic> problems)
    {
        var found = new List<string>();
        if (!Directory.Exists(folder)) return found;
        string realFolder;
        try { realFolder = PathContainment.Resolve(folder); }
        catch (IOException) { problems.Add(Loop(folder)); return found; }
        if (!Check(folder, realFolder, problems)) return found;
        Walk(folder, realFolder, new HashSet<string>(StringComparer.Ordinal) { realFolder }, found, problems);
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>
    /// Whether the file at <paramref name="path"/> may be read: true when it resolves inside the
    /// roots (or outside with <c>allowSymlinksOutside</c>, with a warning added to <paramref name="problems"/>).
    /// </summary>
    public bool MayRead(string path, ICollection<Diagnostic> problems)
    {
        string real;
        try { real = PathContainment.Resolve(path); }
        catch (IOException) { problems.Add(Loop(path)); return false; }
        return Check(path, real, problems);
    }

    /// <summary>
    /// The file a path written in front matter or statiq.json names (a bibliography, a CSL style): relative
    /// to <paramref name="inputFolder"/>, which it may not leave, neither by its name (<c>../</c>, an absolute
    /// path: an error at <paramref name="file"/>:<paramref name="line"/>) nor through a symbolic link (the
    /// error of <see cref="EnsureMayRead"/>, or a warning with <c>allowSymlinksOutside</c>). A missing file is
    /// returned as is, for the caller's own message.
    /// </summary>
    /// <param name="what">What the setting names, for the message ("bibliography file").</param>
    public string Setting(string inputFolder, string value, string file, int line, string what)
    {
        var input = Path.GetFullPath(inputFolder);
        var full = Path.GetFullPath(Path.Combine(input, value));
        if (Path.IsPathRooted(value) || !PathContainment.IsInside(input, full))
            throw new DiagnosticException(Diagnostic.Error(file, line, 1,
                $"The {what} '{value}' is outside input/: paths in front matter and statiq.json are relative to input/ and may not leave it.",
                $"Copy the file into input/ (e.g. input/{Path.GetFileName(value)}) and write its path relative to input/."));
        if (Path.Exists(full)) EnsureMayRead(full);
        return full;
    }

    /// <summary>As <see cref="MayRead"/>, throwing the first error as a <see cref="DiagnosticException"/>.</summary>
    public void EnsureMayRead(string path, ICollection<Diagnostic>? warnings = null)
    {
        var problems = new List<Diagnostic>();
        if (MayRead(path, problems))
        {
            foreach (var w in problems) warnings?.Add(w);
            return;
        }
        throw new DiagnosticException(problems.First(p => p.Severity == Severity.Error));
    }

    private void Walk(string folder, string realFolder, HashSet<string> ancestors, List<string> found, ICollection<Diagnostic> problems)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var path = entry.FullName;
            var isLink = entry.LinkTarget is not null;
            string real;
            if (!isLink) real = Path.Combine(realFolder, entry.Name);
            else
            {
                try { real = PathContainment.Resolve(path); }
                catch (IOException) { problems.Add(Loop(path)); continue; }
                if (!Path.Exists(real))
                {
                    problems.Add(Diagnostic.Error(Show(path), 0, 0, $"'{Show(path)}' is a symbolic link to '{entry.LinkTarget}', which does not exist.",
                        "Remove the link or create its target inside the site folder."));
                    continue;
                }
                if (!Check(path, real, problems)) continue;
            }
            if (Directory.Exists(real))
            {
                if (ancestors.Contains(real))
                {
                    problems.Add(Loop(path));
                    continue;
                }
                ancestors.Add(real);
                Walk(path, real, ancestors, found, problems);
                ancestors.Remove(real);
            }
            else found.Add(path);
        }
    }

    private bool Check(string path, string real, ICollection<Diagnostic> problems)
    {
        var inside = _roots.Any(r => PathContainment.IsSameOrInside(r, real)); // already resolved: by name
        if (inside) return true;
        var message = $"'{Show(path)}' leads through a symbolic link to '{real}', outside the site folder.";
        if (allowOutside)
        {
            problems.Add(Diagnostic.Warning(Show(path), 0, 0, message + " It is read because allowSymlinksOutside is true."));
            return true;
        }
        problems.Add(Diagnostic.Error(Show(path), 0, 0, message + " Files outside the site are never read, copied or published.",
            "Copy the file into the site, or set \"allowSymlinksOutside\": true in statiq.json if publishing it is intended."));
        return false;
    }

    private Diagnostic Loop(string path) => Diagnostic.Error(Show(path), 0, 0,
        $"'{Show(path)}' is a symbolic link that leads back into itself (a loop).", "Remove the link or point it at a folder that does not contain it.");

    private string Show(string path) => Path.GetRelativePath(siteRoot, path).Replace('\\', '/');

    private static string RealPathOrSelf(string path)
    {
        try { return PathContainment.Resolve(path); }
        catch (IOException) { return Path.GetFullPath(path); }
    }
}
