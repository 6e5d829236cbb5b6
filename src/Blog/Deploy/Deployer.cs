using Blog.Diagnostics;
using Blog.Site;

namespace Blog.Deploy;

/// <summary>
/// <c>deploy</c>, read top to bottom: refuse uncommitted sources (unless allowed), build for production into a temporary folder (a failed build
/// or a broken link stops here), add <c>.nojekyll</c> and <c>CNAME</c>, turn the folder into a tree,
/// compare it with the remote's branch, commit it on top of the branch and push. Nothing outside
/// the temporary folder is written except git objects and the remote branch.
/// </summary>
public static class Deployer
{
    public static async Task<DeployResult> DeployAsync(BuildOptions build, DeployOptions options, CancellationToken cancellationToken = default)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "blog-deploy-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(scratch);
        try
        {
            var settings = build.LoadSettings();
            RefuseLocalBaseUrl(settings);
            var uncommitted = await WorkingTree.UncommittedAsync(build.SiteRoot, [build.InputFolder, Path.Combine(build.SiteRoot, "theme"), build.SettingsFile]);
            if (uncommitted.Count > 0 && !options.AllowDirty && !options.DryRun) return DeployResult.Failed([WorkingTree.Refusal(uncommitted)], null);
            var site = Path.Combine(scratch, "site");
            var built = await SiteBuilder.BuildAsync(build with { Output = site, Drafts = false, Future = false, Preview = false }, cancellationToken);
            if (!built.Success) return DeployResult.Failed(built.Diagnostics, built);
            WritePagesFiles(site, settings);

            var branch = await PagesBranch.OpenAsync(build.SiteRoot, options.Remote, options.Branch, scratch, options.DryRun);
            var tip = await branch.TipAsync();
            var tree = await branch.TreeOfAsync(site);
            var changes = await branch.ChangesAsync(await branch.TreeOfCommitAsync(tip), tree);
            if (changes.Count == 0 || options.DryRun) return new DeployResult(true, built.Diagnostics, built, null, changes, tip);

            var message = options.Message ?? DefaultMessage(await branch.SourceCommitAsync());
            if (uncommitted.Count > 0) message += " (with uncommitted changes)";
            var commit = await branch.CommitAsync(tree, tip, message);
            await branch.PushAsync(commit);
            return new DeployResult(true, built.Diagnostics, built, commit, changes, tip);
        }
        catch (DiagnosticException e)
        {
            return DeployResult.Failed([e.Diagnostic], null);
        }
        finally
        {
            TryDelete(scratch);
        }
    }

    /// <summary>
    /// <c>.nojekyll</c>: GitHub Pages would otherwise run Jekyll, which drops folders starting with '_'.
    /// <c>CNAME</c>: the custom domain, which GitHub Pages reads from the branch.
    /// </summary>
    private static void WritePagesFiles(string site, SiteSettings settings)
    {
        File.WriteAllText(Path.Combine(site, ".nojekyll"), "");
        if (settings.Cname.Trim() is { Length: > 0 } cname) File.WriteAllText(Path.Combine(site, "CNAME"), cname + "\n");
    }

    /// <summary>Feeds, sitemaps and canonical links of a published site must not point at the preview server.</summary>
    private static void RefuseLocalBaseUrl(SiteSettings settings)
    {
        var host = new Uri(settings.BaseUrl).Host;
        if (host is "localhost" or "127.0.0.1" or "[::1]")
            throw new DiagnosticException(Diagnostic.Error("statiq.json", 0, 0,
                $"baseUrl is {settings.BaseUrl}: the published feed, sitemap and canonical links would point at this machine.",
                "Set \"baseUrl\" in statiq.json to the published address (e.g. \"https://user.github.io/repo/\") or pass --base-url."));
    }

    private static string DefaultMessage(string? source) => source is null ? "Publish site" : $"Publish site from {source}";

    private static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

/// <summary>
/// What a deploy did. <see cref="Commit"/> is null when nothing was pushed: a dry run, or no change
/// since the last deploy. <see cref="Changes"/> are "A|M|D path" lines against the branch.
/// </summary>
public sealed record DeployResult(bool Success, IReadOnlyList<Diagnostic> Diagnostics, BuildResult? Build,
    string? Commit, IReadOnlyList<string> Changes, string? PreviousTip)
{
    public static DeployResult Failed(IReadOnlyList<Diagnostic> diagnostics, BuildResult? build) => new(false, diagnostics, build, null, [], null);
}
