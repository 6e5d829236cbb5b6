using Blog.Diagnostics;

namespace Blog.Tests.Compute;

/// <summary>An article that hangs, exits or crashes its worker fails alone; the build reports it and finishes the others.</summary>
public sealed class IsolationTests
{
    private const string Fine = "```{csharp}\n//| label: fig-ok\nvar p = new ScottPlot.Plot();\np.Add.Scatter(new double[] { 1, 2 }, new double[] { 3, 4 });\np\n```\n";

    [Fact]
    public async Task Infinite_loop_is_stopped_by_the_timeout_while_other_pages_finish()
    {
        using var site = new ComputeSite()
            .Post("loop", "```{csharp}\n//| timeout: 2\nwhile (true) { }\n```\n")
            .Post("check", "```{csharp}\nCheck(1 + 1 == 3, \"算术\");\n```\n")
            .Post("fine", Fine);
        var result = await site.BuildAsync();
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal(2, errors.Count);
        var loop = errors.Single(e => e.File.EndsWith("loop.md"));
        Assert.Equal(site.Find("loop", "//| timeout").Line, loop.Line);
        Assert.Contains("did not finish within 2 s", loop.Message);
        Assert.Contains(errors, e => e.File.EndsWith("check.md") && e.Message.Contains("算术"));
        // The good page ran to the end: its results are in the cache.
        Assert.NotEmpty(Directory.GetFiles(site.CacheFolder));
    }

    [Fact]
    public async Task Environment_exit_fails_its_page_and_the_next_build_gets_a_fresh_worker()
    {
        using var site = new ComputeSite().Post("exit", "```{csharp}\nEnvironment.Exit(3);\n```\n").Post("fine", Fine);
        var error = ComputeSite.SingleError(await site.BuildAsync());
        Assert.EndsWith("exit.md", error.File);
        Assert.Contains("ended the worker process (exit code 3)", error.Message);

        site.Site.DeleteFile(site.PostPath("exit"));
        await site.BuildOkAsync(noCache: true);
    }

    [Fact]
    public async Task Stack_overflow_fails_its_page_with_a_clear_message()
    {
        using var site = new ComputeSite().Post("deep", "```{csharp}\nint F(int n) => F(n + 1) + 1;\nF(0)\n```\n").Post("fine", Fine);
        var error = ComputeSite.SingleError(await site.BuildAsync());
        Assert.EndsWith("deep.md", error.File);
        Assert.Contains("overflowed the stack", error.Message);
    }

    [Fact]
    public async Task Out_of_memory_is_an_error_of_its_page()
    {
        using var site = new ComputeSite().Post("big", "```{csharp}\nvar chunks = new List<double[]>();\nwhile (true) chunks.Add(new double[50_000_000]);\n```\n");
        site.Site.Settings(s => s["compute"] = new System.Text.Json.Nodes.JsonObject { ["memoryLimit"] = 512 });
        var error = ComputeSite.SingleError(await site.BuildAsync());
        Assert.EndsWith("big.md", error.File);
        Assert.Contains("OutOfMemory", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Nothing_leaks_from_one_page_to_the_next_on_the_same_worker()
    {
        using var site = new ComputeSite()
            .Post("a", "```{csharp}\nvar secret = 42;\n```\n")
            .Post("b", "```{csharp}\nsecret\n```\n");
        site.Site.Settings(s => s["compute"] = new System.Text.Json.Nodes.JsonObject { ["workers"] = 1 });
        var error = ComputeSite.SingleError(await site.BuildAsync());
        Assert.EndsWith("b.md", error.File);
        Assert.Equal("CS0103", error.Code);
    }

    [Fact]
    public async Task Blocks_of_one_page_share_state_in_order()
    {
        using var site = new ComputeSite().Post("x", "```{csharp}\nvar n = 20;\n```\n\n中间 `{csharp} n`。\n\n```{csharp}\nn + 1\n```\n");
        await site.BuildOkAsync();
        var page = site.Site.Html("2020/01/x/");
        Assert.Equal("20", page.QuerySelector(".compute-value")!.TextContent);
        Assert.Equal("21", page.QuerySelectorAll("pre.compute-output").Last().TextContent);
    }
}
