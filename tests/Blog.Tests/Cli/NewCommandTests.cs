using System.Text.RegularExpressions;
using Blog.Tests.Support;

namespace Blog.Tests.Cli;

/// <summary>
/// <c>blog new</c> writes its front matter with YamlDotNet, so any title gives a post that builds; it dates
/// the post today in the site's zone (so the build never takes it for a scheduled post), writes its starter
/// text in the blog's language, and refuses a folder that is not a blog or a slug a page bundle already has.
/// </summary>
public sealed class NewCommandTests
{
    [Theory]
    [InlineData("关于\\LaTeX")]
    [InlineData("比值: \"黄金\" #1 & [注]")]
    public async Task A_title_with_yaml_characters_gives_a_post_that_builds(string title)
    {
        using var site = TestSite.Empty();
        var created = site.RunCli("new", title, "--slug", "x");
        Assert.True(created.ExitCode == 0, created.ToString());
        await site.BuildOkAsync();
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)); // the fixture's timeZone
        Assert.Contains(title, site.Html($"{today:yyyy}/{today:MM}/x/index.html").Title);
    }

    [Theory]
    [InlineData("Pacific/Kiritimati")] // UTC+14: its date is ahead of almost every machine's
    [InlineData("Pacific/Pago_Pago")]  // UTC-11: behind
    [InlineData("+08:00")]
    public async Task A_new_post_is_dated_today_in_the_sites_zone_and_is_published_at_once(string zone)
    {
        using var site = TestSite.Empty().Settings(s => { s["timeZone"] = zone; s["language"] = "en"; });
        var created = site.RunCli("new", "Fresh post", "--slug", "fresh");
        Assert.True(created.ExitCode == 0, created.ToString());
        var result = await site.BuildOkAsync();
        Assert.Empty(result.Scheduled);
        Assert.Contains(site.HtmlFiles(), f => f.EndsWith("/fresh/index.html", StringComparison.Ordinal));
    }

    [Fact]
    public void The_starter_text_is_in_the_blogs_language()
    {
        using var english = TestSite.Empty().Settings(s => s["language"] = "en");
        Assert.Equal(0, english.RunCli("new", "Kernels", "--slug", "k").ExitCode);
        var text = File.ReadAllText(Path.Combine(english.Root, "input/posts/k.md"));
        Assert.DoesNotMatch(new Regex(@"\p{IsCJKUnifiedIdeographs}|\p{IsCJKSymbolsandPunctuation}"), text);
        Assert.Contains("\\label{eq:euler}", text);

        using var chinese = TestSite.Empty();
        Assert.Equal(0, chinese.RunCli("new", "核", "--slug", "k").ExitCode);
        Assert.Contains("正文从这里开始", File.ReadAllText(Path.Combine(chinese.Root, "input/posts/k.md")));
    }

    [Fact]
    public void A_folder_that_is_not_a_blog_is_refused_and_nothing_is_written()
    {
        using var site = TestSite.Blank();
        var run = site.RunCli("new", "x");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("statiq.json", run.Stderr);
        Assert.Contains("blog init", run.Stderr);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "input")));
    }

    [Fact]
    public void A_slug_that_a_page_bundle_has_is_refused()
    {
        using var site = TestSite.Empty().WriteFile("input/posts/x/index.md", "---\ntitle: x\ndate: 2020-01-01\n---\n\nx\n");
        var run = site.RunCli("new", "X", "--slug", "x");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("x/index.md already exists", run.Stderr.Replace('\\', '/'));
        Assert.False(File.Exists(Path.Combine(site.Root, "input/posts/x.md")));
    }
}
