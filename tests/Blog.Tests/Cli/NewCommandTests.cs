using Blog.Tests.Support;

namespace Blog.Tests.Cli;

/// <summary><c>blog new</c> writes its front matter with YamlDotNet, so any title gives a post that builds.</summary>
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
        var today = DateTime.Now;
        Assert.Contains(title, site.Html($"{today:yyyy}/{today:MM}/x/index.html").Title);
    }
}
