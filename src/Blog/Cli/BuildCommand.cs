using System.CommandLine;
using Blog.Site;

namespace Blog.Cli;

public static class BuildCommand
{
    public static Command Create()
    {
        var options = new SiteOptions();
        var command = new Command("build", "Build the site from input/ and theme/ into output/ (atomically: a failed build changes nothing).");
        options.AddTo(command);
        var noCache = new Option<bool>("--no-cache") { Description = "Run every compute block, citation and feed entry again, ignoring .cache/compute/, .cache/citations/ and .cache/feed/." };
        command.Options.Add(noCache);
        var timings = new Option<bool>("--timings") { Description = "Print the time each pipeline phase took." };
        command.Options.Add(timings);
        command.SetAction(async (result, ct) =>
        {
            var build = options.Read(result) with { NoCache = result.GetValue(noCache) };
            var report = await ConsoleReport.WithProgressAsync("Building", () => SiteBuilder.BuildAsync(build, ct));
            if (result.GetValue(timings)) ConsoleReport.PrintTimings(report);
            return ConsoleReport.Print(report, build);
        });
        return command;
    }
}
