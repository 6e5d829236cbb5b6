using System.CommandLine;
using Blog.Site;

namespace Blog.Cli;

/// <summary>
/// <c>check</c>: the build's checks (front matter, templates, math, links, fragments, equation
/// references, feed and sitemap) without touching output/. <c>--external</c> also lists the links
/// to other sites, which are never fetched.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var external = new Option<bool>("--external") { Description = "Also list links to other sites with where they are written (never fetched)." };
        var command = new Command("check", "Run every check of a build (broken links, fragments, \\eqref labels, feed, sitemap) without writing output/.");
        foreach (var option in new Option[] { site.Root, site.Input, site.BaseUrl, site.Drafts, site.Future, external }) command.Options.Add(option);
        command.SetAction(async (result, ct) =>
        {
            var scratch = Path.Combine(Path.GetTempPath(), "blog-check-" + Guid.NewGuid().ToString("N")[..12]);
            var build = site.Read(result) with { Output = Path.Combine(scratch, "site") };
            try
            {
                var report = await ConsoleReport.WithProgressAsync("Checking", () => SiteBuilder.BuildAsync(build, ct));
                if (result.GetValue(external)) PrintExternal(report.ExternalLinks);
                foreach (var d in report.Diagnostics)
                    (d.Severity == Diagnostics.Severity.Error ? Console.Error : Console.Out).WriteLine(d);
                foreach (var post in report.Scheduled) Console.WriteLine(post);
                if (!report.Success)
                {
                    Console.Error.WriteLine($"Check failed: {report.Errors} error(s), {report.Warnings} warning(s).");
                    return 1;
                }
                Console.WriteLine($"Checked {report.PagesWritten} pages: no broken link, {report.Warnings} warning(s).");
                return 0;
            }
            finally
            {
                try { if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true); }
                catch (IOException) { }
            }
        });
        return command;
    }

    /// <summary>One line per URL, then the places it is written, sorted so two runs diff cleanly.</summary>
    private static void PrintExternal(IReadOnlyList<Site.LinkCheck.ExternalLink> links)
    {
        foreach (var url in links.GroupBy(l => l.Url).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(url.Key);
            foreach (var place in url.Select(l => l.Line > 0 ? $"{l.File}({l.Line})" : l.File).Distinct().Order(StringComparer.Ordinal))
                Console.WriteLine("    " + place);
        }
        Console.WriteLine($"{links.Select(l => l.Url).Distinct().Count()} external link(s), not fetched.");
    }
}
