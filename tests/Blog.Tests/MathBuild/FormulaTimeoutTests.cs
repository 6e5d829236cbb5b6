using Blog.Diagnostics;
using Blog.Tests.Support;
using Blog.Typesetting;

namespace Blog.Tests.MathBuild;

/// <summary>math.formulaTimeout: a formula that takes too long fails its page at once (no retry), named by file, line and text.</summary>
public sealed class FormulaTimeoutTests
{
    /// <summary>About 90 KB of TeX: MathJax needs seconds for it on any machine, far more than a 1 s limit.</summary>
    private static string Slow() => "\\[" + string.Concat(Enumerable.Range(0, 6000).Select(i => $"x_{{{i}}}^{{2}}+")) + "1\\]";

    [Fact]
    public async Task The_pool_names_the_slow_formula_and_does_not_retry_it()
    {
        var config = WorkerConfig.For(NodeModules.Find(TestSite.RepoRoot, "@mathjax/src")!, new SiteSettings());
        await using var pool = new MathWorkerPool(new MathWorkerOptions { Workers = 1, FormulaTimeout = TimeSpan.FromSeconds(1) }, config);
        var error = await Assert.ThrowsAsync<FormulaTimeoutException>(() =>
            pool.TypesetAsync([new("\\(a+b\\)", false), new(Slow(), true), new("\\(c\\)", false)], CancellationToken.None));
        Assert.Equal(1, error.Index);
        Assert.Equal(TimeSpan.FromSeconds(1), error.Limit);
        Assert.Equal(1, pool.WorkersStarted);
    }

    [Fact]
    public async Task The_build_error_gives_file_line_and_the_first_60_characters()
    {
        using var site = TestSite.Empty();
        site.Settings(s => s["math"] = new System.Text.Json.Nodes.JsonObject { ["formulaTimeout"] = 1 });
        site.WriteFile("input/posts/slow.md", "---\ntitle: 慢\ndate: 2020-01-01\n---\n\n快的 $a+b$。\n\n" + Slow() + "\n");
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith("slow.md", error.File);
        Assert.Equal(8, error.Line);
        Assert.Contains(Slow()[..60] + "…", error.Message);
        Assert.Contains("within 1 s (math.formulaTimeout)", error.Message);
        Assert.Contains("formulaTimeout", error.Hint);
        Assert.False(Directory.Exists(site.OutputFolder) && Directory.EnumerateFiles(site.OutputFolder, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public void A_formula_timeout_below_one_second_is_a_settings_error()
    {
        using var site = TestSite.Empty();
        site.Settings(s => s["math"] = new System.Text.Json.Nodes.JsonObject { ["formulaTimeout"] = 0 });
        var error = Assert.Throws<DiagnosticException>(() => SiteSettings.Load(Path.Combine(site.Root, "statiq.json"), "statiq.json"));
        Assert.Contains("math.formulaTimeout", error.Diagnostic.Message);
    }
}
