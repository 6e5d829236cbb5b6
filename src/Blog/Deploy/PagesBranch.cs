namespace Blog.Deploy;

/// <summary>
/// The publishing branch of a remote, written with git plumbing only: a folder becomes a tree
/// through a temporary index (GIT_INDEX_FILE) whose work tree is that folder (GIT_WORK_TREE), and
/// the tree becomes a commit on top of the remote branch. The repository's working tree, index,
/// HEAD and branches are never touched. In a dry run new objects go to a temporary object folder
/// (with the repository's objects as alternates), so not even the object store changes.
/// </summary>
public sealed class PagesBranch
{
    private readonly Git _git;
    private readonly string _remote, _branch;

    private PagesBranch(Git git, string remote, string branch) => (_git, _remote, _branch) = (git, remote, branch);

    /// <param name="scratch">An empty temporary folder for the index (and the objects of a dry run).</param>
    public static async Task<PagesBranch> OpenAsync(string repositoryFolder, string remote, string branch, string scratch, bool dryRun)
    {
        var probe = new Git(repositoryFolder);
        var (exit, gitDir, _) = await probe.TryAsync("rev-parse", "--absolute-git-dir");
        if (exit != 0)
            throw new Diagnostics.DiagnosticException(Diagnostics.Diagnostic.Error("git", 0, 0,
                $"{repositoryFolder} is not inside a git repository, so there is no remote to publish to.",
                "Run 'git init' and 'git remote add origin <url>', or pass --remote <url>."));
        var environment = new Dictionary<string, string>
        {
            ["GIT_DIR"] = gitDir,
            ["GIT_INDEX_FILE"] = Path.Combine(scratch, "index"),
        };
        if (dryRun)
        {
            var objects = Path.GetFullPath(await probe.RunAsync("rev-parse", "--git-path", "objects"), repositoryFolder);
            environment["GIT_OBJECT_DIRECTORY"] = Path.Combine(scratch, "objects");
            environment["GIT_ALTERNATE_OBJECT_DIRECTORIES"] = objects;
            Directory.CreateDirectory(Path.Combine(scratch, "objects"));
        }
        return new PagesBranch(probe.With(environment), remote, branch);
    }

    /// <summary>The commit the remote branch points at, fetched if this repository lacks it; null when the branch does not exist yet.</summary>
    public async Task<string?> TipAsync()
    {
        var line = await _git.RunAsync("ls-remote", "--heads", _remote, "refs/heads/" + _branch);
        var tip = line.Split('\t', 2)[0];
        if (tip.Length == 0) return null;
        if ((await _git.TryAsync("cat-file", "-e", tip + "^{commit}")).ExitCode != 0)
            await _git.RunAsync("fetch", "--quiet", "--no-tags", "--no-write-fetch-head", _remote, "refs/heads/" + _branch);
        return tip;
    }

    /// <summary>Every file of <paramref name="folder"/> as a tree object, ignore rules and line-ending filters switched off.</summary>
    public async Task<string> TreeOfAsync(string folder)
    {
        var git = _git.With(new Dictionary<string, string> { ["GIT_WORK_TREE"] = folder }, folder);
        await git.RunAsync("-c", "core.autocrlf=false", "-c", "core.safecrlf=false", "add", "--all", "--force", ".");
        return await git.RunAsync("write-tree");
    }

    public async Task<string?> TreeOfCommitAsync(string? commit) => commit is null ? null : await _git.RunAsync("rev-parse", commit + "^{tree}");

    /// <summary>"A path", "M path", "D path" lines from the branch's tree to <paramref name="tree"/>.</summary>
    public async Task<IReadOnlyList<string>> ChangesAsync(string? fromTree, string tree)
    {
        var output = fromTree is null
            ? string.Join('\n', (await _git.RunAsync("ls-tree", "-r", "--name-only", tree)).Split('\n').Select(p => "A\t" + p))
            : await _git.RunAsync("diff-tree", "-r", "--no-renames", "--name-status", fromTree, tree);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Replace('\t', ' ')).ToList();
    }

    public async Task<string> CommitAsync(string tree, string? parent, string message)
    {
        var args = new List<string> { "commit-tree", tree, "-m", message };
        if (parent is not null) args.AddRange(["-p", parent]);
        return await _git.RunAsync([.. args]);
    }

    public Task PushAsync(string commit) => _git.RunAsync("push", "--quiet", _remote, $"{commit}:refs/heads/{_branch}");

    /// <summary>The source commit, for the default message; null in a repository without commits.</summary>
    public async Task<string?> SourceCommitAsync()
    {
        var (exit, head, _) = await _git.TryAsync("rev-parse", "--short", "HEAD");
        return exit == 0 ? head : null;
    }
}
