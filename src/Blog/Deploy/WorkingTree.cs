using Blog.Diagnostics;

namespace Blog.Deploy;

/// <summary>
/// What of a blog's sources (<c>input/</c>, <c>theme/</c>, <c>statiq.json</c>) differs from the last
/// commit: <c>deploy</c> names the source commit in its message, so a working tree whose sources are
/// not all committed would publish a site that no commit holds.
/// </summary>
public static class WorkingTree
{
    /// <summary>
    /// The changed, added, deleted and untracked (not ignored) files among <paramref name="sources"/>,
    /// as <c>git status --porcelain</c> lines ("XY path"); empty when all are committed or the folder
    /// is not in a git repository (the deploy then stops at the missing remote instead).
    /// </summary>
    /// <param name="sources">Absolute paths of files or folders; those that do not exist are skipped.</param>
    public static async Task<IReadOnlyList<string>> UncommittedAsync(string siteRoot, IEnumerable<string> sources)
    {
        var git = new Git(siteRoot);
        var (inside, top, _) = await git.TryAsync("rev-parse", "--show-toplevel");
        if (inside != 0) return [];
        var root = Path.GetFullPath(top.Trim()).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        // A path outside the repository (the tool's own theme, an --input elsewhere) is not the blog's to commit.
        var paths = sources.Where(p => File.Exists(p) || Directory.Exists(p)).Select(Path.GetFullPath)
            .Where(p => (p + Path.DirectorySeparatorChar).StartsWith(root, StringComparison.Ordinal)).Distinct().ToArray();
        if (paths.Length == 0) return [];
        var status = await git.RunAsync(["status", "--porcelain", "--untracked-files=all", "--", .. paths]);
        return status.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The refusal <c>deploy</c> gives for <paramref name="changes"/>, naming the first few files.</summary>
    public static Diagnostic Refusal(IReadOnlyList<string> changes)
    {
        const int shown = 5;
        // "XY path": the status letters, then the path (the first line may have lost its leading blank to trimming).
        var files = string.Join(", ", changes.Take(shown).Select(c => c.TrimStart().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries)[^1].Trim()));
        if (changes.Count > shown) files += $" and {changes.Count - shown} more";
        return Diagnostic.Error("git", 0, 0,
            $"the blog's sources have uncommitted changes ({files}): the published site would match no commit.",
            "Commit them first, or pass --allow-dirty to publish them anyway (the commit message then says \"(with uncommitted changes)\").");
    }
}
