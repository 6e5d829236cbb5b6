using Blog.Tests.Support;

namespace Blog.Tests.Publishing;

/// <summary><c>check</c> and <c>check --external</c> through the real command line.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public void Check_reports_a_broken_link_with_file_and_line_exits_1_and_writes_nothing()
    {
        using var site = TestSite.Empty();
        site.WriteFile("input/posts/x.md", "---\ntitle: X\ndate: 2020-01-01\n---\n正文\n\n[坏](/2019/01/nope/)\n");
        var run = site.RunCli("check");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/posts/x.md(7,1): error: Broken link", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr); // no stack trace
        Assert.False(Directory.Exists(site.OutputFolder));
    }

    [Fact]
    public void Check_external_lists_links_to_other_sites_with_their_places_and_fetches_nothing()
    {
        using var site = TestSite.Empty();
        site.WriteFile("input/posts/x.md",
            "---\ntitle: X\ndate: 2020-01-01\n---\n见 [论文](https://arxiv.org/abs/1908.01580)\n\n和 <https://example.invalid/never>\n");
        var run = site.RunCli("check", "--external");
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Stdout.Split('\n').Select(l => l.TrimEnd()).ToList();
        var paper = lines.IndexOf("https://arxiv.org/abs/1908.01580");
        Assert.True(paper >= 0, run.Stdout);
        Assert.Equal("    input/posts/x.md(5)", lines[paper + 1]);
        Assert.Contains("https://example.invalid/never", lines); // a host that cannot resolve: proof nothing is fetched
        Assert.Contains("2 external link(s), not fetched.", run.Stdout);
        Assert.False(Directory.Exists(site.OutputFolder));
    }

    [Theory]
    [InlineData("[坏](/2019/01/nope/)")]              // a broken internal link
    [InlineData("[坏](#no-such-heading)")]            // a missing fragment
    [InlineData("由 $\\eqref{eq:none}$ 可知。")]     // an \eqref to no label
    public void Check_external_counts_the_external_links_also_when_the_check_fails(string fault)
    {
        using var site = TestSite.Empty();
        site.WriteFile("input/posts/x.md",
            $"---\ntitle: X\ndate: 2020-01-01\n---\n见 [论文](https://arxiv.org/abs/1908.01580)\n\n和 <https://example.invalid/never>\n\n{fault}\n");
        site.WriteFile("input/posts/y.md", "---\ntitle: Y\ndate: 2020-01-02\n---\n[又一个](https://example.org/y)\n");
        var run = site.RunCli("check", "--external");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error:", run.Stderr);
        Assert.Contains("3 external link(s), not fetched.", run.Stdout);
        Assert.Contains("https://example.org/y", run.Stdout);
    }

    [Fact]
    public void Build_fails_on_an_eqref_to_a_missing_label_with_one_clear_line_and_keeps_the_old_output()
    {
        using var site = TestSite.Empty();
        site.WriteFile("input/posts/x.md", "---\ntitle: X\ndate: 2020-01-01\n---\n$$a \\label{eq:a}$$\n\n由 $\\eqref{eq:b}$ 可知。\n");
        site.WriteFile("output/index.html", "old");
        var run = site.RunCli("build");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/posts/x.md(7,1): error: \\eqref{eq:b} refers to a label that no equation on this page defines", run.Stderr);
        Assert.Contains("hint: Labels on this page: eq:a.", run.Stderr);
        Assert.Equal("old", site.ReadOutput("index.html"));
    }
}
