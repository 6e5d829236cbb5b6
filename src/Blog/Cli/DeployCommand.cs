using System.CommandLine;
using Blog.Deploy;
using Blog.Diagnostics;

namespace Blog.Cli;

public static class DeployCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var remote = new Option<string>("--remote") { Description = "Git remote (name, URL or path) to publish to.", DefaultValueFactory = _ => "origin" };
        var branch = new Option<string>("--branch") { Description = "Branch that GitHub Pages serves.", DefaultValueFactory = _ => "gh-pages" };
        var message = new Option<string?>("--message", "-m") { Description = "Commit message (default: 'Publish site from <source commit>')." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Build and list what would change on the branch; commit and push nothing." };
        var allowDirty = new Option<bool>("--allow-dirty") { Description = "Publish even when input/, theme/ or statiq.json have uncommitted changes (the commit message says so)." };
        var command = new Command("deploy",
            "Build for production and commit the output to the gh-pages branch of a remote, without touching your working tree, index or branch. " +
            "Refuses a failed build, one with broken links, or uncommitted changes to input/, theme/ or statiq.json (unless --allow-dirty).");
        // A production build: no --drafts or --future, and the output goes to a temporary folder, not --output.
        foreach (var option in new Option[] { site.Root, site.Input, site.BaseUrl, remote, branch, message, dryRun, allowDirty }) command.Options.Add(option);
        command.SetAction(async (result, ct) =>
        {
            var build = site.Read(result) with { Drafts = false, Future = false, Output = null };
            var options = new DeployOptions
            {
                Remote = result.GetValue(remote)!,
                Branch = result.GetValue(branch)!,
                Message = result.GetValue(message),
                DryRun = result.GetValue(dryRun),
                AllowDirty = result.GetValue(allowDirty),
            };
            var deployed = await ConsoleReport.WithProgressAsync("Building and publishing", () => Deployer.DeployAsync(build, options, ct));
            return Print(deployed, options);
        });
        return command;
    }

    private static int Print(DeployResult result, DeployOptions options)
    {
        foreach (var d in result.Diagnostics)
            (d.Severity == Severity.Error ? Console.Error : Console.Out).WriteLine(d);
        var target = $"'{options.Branch}' of {options.Remote}";
        if (!result.Success)
        {
            Console.Error.WriteLine($"Nothing was published: {target} is unchanged.");
            return 1;
        }
        const int shown = 40;
        if (options.DryRun)
            foreach (var change in result.Changes.Take(shown)) Console.WriteLine("  " + change);
        if (options.DryRun && result.Changes.Count > shown) Console.WriteLine($"  … and {result.Changes.Count - shown} more");
        Console.WriteLine(result switch
        {
            { Changes.Count: 0 } => $"{target} already holds this site; nothing to publish.",
            _ when options.DryRun => $"Dry run: would publish {result.Changes.Count} changed file(s) to {target}; nothing was committed or pushed.",
            _ => $"Published {result.Commit![..7]} to {target}: {result.Changes.Count} changed file(s).",
        });
        return 0;
    }
}
