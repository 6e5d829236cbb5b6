using System.Text.RegularExpressions;
using Blog.Tests.Support;

namespace Blog.Tests.Site;

/// <summary>
/// User mistakes through the real command line: a non-zero exit code, one clear error line that
/// names the file and line, no stack trace, and the previous output left byte for byte.
/// </summary>
public sealed class BuildErrorTests
{
    private const string Good = "---\ntitle: 好文章\ndate: 2020-01-01\n---\n\n正文 $x$。\n";

    public static TheoryData<string, string, string, int, string> Mistakes => new()
    {
        // name, file, content, expected line, words the message must contain
        { "broken YAML", "input/posts/x.md", "---\ntitle: 标题\ndate: [2020-01-01\ntags: a\n---\n正文\n", 3, "YAML" },
        { "unclosed front matter", "input/posts/x.md", "---\ntitle: 标题\ndate: 2020-01-01\n\n正文\n", 1, "never closed" },
        { "unknown layout", "input/posts/x.md", "---\ntitle: 标题\ndate: 2020-01-01\nlayout: nope\n---\n正文\n", 4, "nope" },
        { "missing title", "input/posts/x.md", "---\ndate: 2020-01-01\ntags: [a]\n---\n正文\n", 1, "title" },
        { "empty title", "input/posts/x.md", "---\ndate: 2020-01-01\ntitle: ''\n---\n正文\n", 3, "title" },
        { "bad date", "input/posts/x.md", "---\ntitle: 标题\ndate: 2020-13-45\n---\n正文\n", 3, "2020-13-45" },
        { "missing date", "input/posts/x.md", "---\ntitle: 标题\n---\n正文\n", 1, "date" },
        { "bad draft flag", "input/posts/x.md", "---\ntitle: 标题\ndate: 2020-01-01\ndraft: maybe\n---\n正文\n", 4, "draft" },
        { "duplicate permalink", "input/posts/x.md", "---\ntitle: 标题\ndate: 2020-01-05\nslug: good\n---\n正文\n", 4, "permalink" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_mistake_gives_one_error_with_file_and_line_and_leaves_output_untouched(string name, string file, string content, int line, string words)
    {
        using var site = TestSite.Empty();
        site.WriteFile("input/posts/good.md", Good);
        var first = site.RunCli("build");
        Assert.True(first.ExitCode == 0, first.ToString());
        var before = TestSite.HashFolder(site.OutputFolder);

        site.WriteFile(file, content);
        var run = site.RunCli("build");

        Assert.True(run.ExitCode != 0, $"{name}: {run}");
        var errors = run.Stderr.Split('\n').Where(l => l.Contains(": error:")).ToList();
        var error = Assert.Single(errors);
        Assert.Matches($@"^{Regex.Escape(file)}\({line},\d+\): error: ", error);
        Assert.Contains(words, error, StringComparison.OrdinalIgnoreCase);
        AssertNoStackTrace(run);
        Assert.Equal(before, TestSite.HashFolder(site.OutputFolder));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public void An_unknown_setting_in_statiq_json_names_it_with_its_line()
    {
        using var site = TestSite.Empty();
        site.WriteFile("input/posts/good.md", Good);
        site.WriteFile("statiq.json", "{\n  \"title\": \"x\",\n  \"postPerPage\": 3\n}\n");
        var run = site.RunCli("build");
        Assert.True(run.ExitCode != 0, run.ToString());
        var error = Assert.Single(run.Stderr.Split('\n'), l => l.Contains(": error:"));
        Assert.Matches(@"^statiq\.json\(3,\d+\): error: .*postPerPage", error);
        AssertNoStackTrace(run);
        Assert.False(Directory.Exists(site.OutputFolder));
    }

    [Fact]
    public void Several_broken_posts_are_all_reported_in_one_build()
    {
        using var site = TestSite.Empty();
        site.WriteFile("input/posts/a.md", "---\ntitle: 甲\ndate: nope\n---\n");
        site.WriteFile("input/posts/b.md", "---\ndate: 2020-01-01\n---\n");
        var run = site.RunCli("build");
        Assert.NotEqual(0, run.ExitCode);
        var errors = run.Stderr.Split('\n').Where(l => l.Contains(": error:")).ToList();
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("input/posts/a.md(3,", errors[0]);
        Assert.StartsWith("input/posts/b.md(", errors[1]);
    }

    public static TheoryData<string, int, string> PageMistakes => new()
    {
        // page content, expected line, words the message must contain
        { "---\ntitle: 关于\nlayout: nope\n---\n正文\n", 3, "nope" },
        { "---\ntitle: 关于\ndate: [2020-01-01\ntags: a\n---\n正文\n", 3, "YAML" },
        { "---\ntitle: 关于\ndraft: maybe\n---\n正文\n", 3, "draft" },
    };

    /// <summary>A bad post does not hide a bad page (issue 12): pages do not depend on posts, and the
    /// engine stops only a failing pipeline and its dependents.</summary>
    [Theory]
    [MemberData(nameof(PageMistakes))]
    public void A_bad_post_and_a_bad_page_are_both_reported_in_one_build_that_writes_nothing(string page, int line, string words)
    {
        using var site = TestSite.Empty();
        site.WriteFile("input/posts/good.md", Good);
        var first = site.RunCli("build");
        Assert.True(first.ExitCode == 0, first.ToString());
        var before = TestSite.HashFolder(site.OutputFolder);

        site.WriteFile("input/posts/bad.md", "---\ntitle: 标题\ndate: 2020-13-45\n---\n正文\n");
        site.WriteFile("input/pages/about.md", page);
        var run = site.RunCli("build");

        Assert.True(run.ExitCode != 0, run.ToString());
        var errors = run.Stderr.Split('\n').Where(l => l.Contains(": error:")).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => Regex.IsMatch(e, $@"^input/pages/about\.md\({line},\d+\): error: .*{Regex.Escape(words)}", RegexOptions.IgnoreCase));
        Assert.Contains(errors, e => Regex.IsMatch(e, @"^input/posts/bad\.md\(3,\d+\): error: .*2020-13-45"));
        AssertNoStackTrace(run);
        Assert.Equal(before, TestSite.HashFolder(site.OutputFolder));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public void A_clean_build_exits_zero_with_a_summary()
    {
        using var site = TestSite.Empty();
        site.WriteFile("input/posts/good.md", Good);
        var run = site.RunCli("build");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"Built \d+ pages", run.Stdout);
        Assert.Equal("", run.Stderr.Trim());
    }

    private static void AssertNoStackTrace(CliResult run)
    {
        Assert.DoesNotMatch(@"(?m)^\s+at \S+\(", run.Stderr);
        Assert.DoesNotContain("Exception", run.Stderr);
        Assert.DoesNotContain("Exception", run.Stdout);
    }
}
