using System.Globalization;
using Blog.Site;
using Blog.Tests.Support;

namespace Blog.Tests.Content;

/// <summary>
/// A post dated after the build's time is scheduled: left out of every page, list, feed, sitemap,
/// tag page and the search index, and named with its date, unless the build is asked for
/// <c>--future</c>; the preview marks such a post with the string table's <c>post.scheduled</c>.
/// </summary>
public sealed class ScheduledPostTests
{
    private static string Day(DateTimeOffset d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>One post from last year, one dated a minute ago and one next month (tagged only by itself), relative to now.</summary>
    private static (TestSite Site, DateTimeOffset Future) SiteWithScheduledPost()
    {
        var now = DateTimeOffset.UtcNow;
        var future = now.AddDays(40);
        var site = TestSite.Empty();
        site.Settings(s => { s["language"] = "en"; s["timeZone"] = "+00:00"; });
        site.WriteFile("input/posts/old.md", $"---\ntitle: Old\ndate: {Day(now.AddYears(-1))}\ntags: [shared]\n---\nOld text.\n");
        site.WriteFile("input/posts/just-now.md",
            $"---\ntitle: Just now\ndate: {now.AddMinutes(-1).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}\n---\nJust published.\n");
        site.WriteFile("input/posts/later.md", $"---\ntitle: Later\ndate: {Day(future)}\ntags: [shared, upcoming]\n---\nScheduledword text.\n");
        return (site, new DateTimeOffset(future.Year, future.Month, future.Day, 0, 0, 0, TimeSpan.Zero));
    }

    private static string PagePath(DateTimeOffset date, string slug) => $"{date:yyyy}/{date:MM}/{slug}/index.html";

    [Fact]
    public async Task A_post_dated_after_the_build_is_left_out_everywhere_and_named_with_its_date()
    {
        var (site, future) = SiteWithScheduledPost();
        using var _ = site;
        var result = await site.BuildOkAsync();

        Assert.False(site.OutputExists(PagePath(future, "later")));
        Assert.True(site.OutputExists(PagePath(DateTimeOffset.UtcNow.AddMinutes(-1), "just-now")));
        foreach (var file in new[] { "index.html", "archives/index.html", "tags/index.html", "tags/shared/index.html", "atom.xml", "sitemap.xml" })
        {
            Assert.DoesNotContain("/later/", site.ReadOutput(file));
            Assert.DoesNotContain(">Later<", site.ReadOutput(file));
        }
        Assert.False(site.OutputExists("tags/upcoming/index.html"));
        Assert.DoesNotContain(result.Search!.Pages, p => p.Url.Contains("later"));

        var scheduled = Assert.Single(result.Scheduled);
        Assert.Equal("input/posts/later.md", scheduled.File);
        Assert.Equal(future, scheduled.Date);
        Assert.Contains($"input/posts/later.md: scheduled for {Day(future)} 00:00 +00:00", scheduled.ToString());
        Assert.Equal(0, result.Warnings);
    }

    [Fact]
    public async Task With_future_the_post_is_built_and_listed_without_a_mark()
    {
        var (site, future) = SiteWithScheduledPost();
        using var _ = site;
        var result = await SiteBuilder.BuildAsync(new BuildOptions { SiteRoot = site.Root, Future = true });
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Scheduled);
        Assert.True(site.OutputExists(PagePath(future, "later")));
        Assert.Contains("/later/", site.ReadOutput("index.html"));
        Assert.Contains("/later/", site.ReadOutput("atom.xml"));
        Assert.True(site.OutputExists("tags/upcoming/index.html"));
        Assert.Empty(site.Html(PagePath(future, "later")).QuerySelectorAll(".scheduled"));
    }

    [Fact]
    public async Task The_preview_with_future_marks_a_scheduled_post_in_the_site_language()
    {
        var (site, future) = SiteWithScheduledPost();
        using var _ = site;
        var result = await SiteBuilder.BuildAsync(new BuildOptions { SiteRoot = site.Root, Future = true, Preview = true });
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal("Scheduled", site.Html(PagePath(future, "later")).QuerySelector(".post-meta .scheduled")!.TextContent);
        var home = site.Html("index.html");
        Assert.Single(home.QuerySelectorAll(".post-summary .scheduled"));
        Assert.Empty(site.Html(PagePath(DateTimeOffset.UtcNow.AddMinutes(-1), "just-now")).QuerySelectorAll(".scheduled"));
    }

    [Fact]
    public async Task The_build_time_decides_so_a_scheduled_post_appears_once_its_date_has_passed()
    {
        var (site, future) = SiteWithScheduledPost();
        using var _ = site;
        var result = await SiteBuilder.BuildAsync(new BuildOptions { SiteRoot = site.Root, Now = future.AddHours(1) });
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Scheduled);
        Assert.True(site.OutputExists(PagePath(future, "later")));
    }

    [Fact]
    public void The_command_line_names_the_scheduled_post_and_future_includes_it()
    {
        var (site, future) = SiteWithScheduledPost();
        using var _ = site;
        site.Settings(s => s["search"] = false);
        var plain = site.RunCli("build");
        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.Contains($"input/posts/later.md: scheduled for {Day(future)} 00:00 +00:00", plain.Stdout);
        Assert.False(site.OutputExists(PagePath(future, "later")));

        var withFuture = site.RunCli("build", "--future");
        Assert.True(withFuture.ExitCode == 0, withFuture.ToString());
        Assert.DoesNotContain("scheduled for", withFuture.Stdout);
        Assert.True(site.OutputExists(PagePath(future, "later")));
    }
}
