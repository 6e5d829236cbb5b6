using Blog.Workers;

namespace Blog.Tests.Compute;

/// <summary>
/// Each page's blocks run in a worker of their own that ends, with everything the page started,
/// when the page is done: threads, processes, console writers and static fields never reach another
/// page, a crash is blamed on the block that caused it, and too much output is a placed error.
/// </summary>
public sealed class PageIsolationTests
{
    [Fact]
    public async Task A_thread_that_keeps_printing_never_reaches_another_page()
    {
        // One worker at a time, so without isolation page b would run in the process page a left its thread in.
        using var site = new ComputeSite()
            .Post("a", "```{csharp}\nnew System.Threading.Thread(() => { while (true) Console.Write(\"泄漏\"); }) { IsBackground = true }.Start();\n```\n")
            .Post("b", "```{csharp}\nConsole.Write(\"b\");\n```\n\n```{csharp}\nConsole.Write(\"b2\");\n```\n")
            .Post("c", "```{csharp}\nstatic class Counter { public static int N; }\nCounter.N++;\nCounter.N\n```\n");
        site.Site.Settings(s => s["compute"] = new System.Text.Json.Nodes.JsonObject { ["workers"] = 1 });
        await site.BuildOkAsync();
        var outputs = site.Site.Html("2020/01/b/").QuerySelectorAll("pre.compute-output").Select(e => e.TextContent).ToList();
        Assert.Equal(["b", "b2"], outputs);
        Assert.Equal("1", site.Site.Html("2020/01/c/").QuerySelector("pre.compute-output")!.TextContent);

        // The same again, from scratch: the other pages do not depend on how far page a's thread got.
        // (Page a's own output races with its own thread: that is the block's doing.)
        var first = site.OutputFiles();
        await site.BuildOkAsync(noCache: true);
        var second = site.OutputFiles();
        foreach (var page in new[] { "2020/01/b/index.html", "2020/01/c/index.html" }) Assert.Equal(first[page], second[page]);
    }

    [Fact]
    public async Task A_process_a_block_starts_does_not_outlive_the_build()
    {
        using var site = new ComputeSite().Post("sleep",
            "```{csharp}\nvar sleeper = System.Diagnostics.Process.Start(\"/bin/sleep\", \"3600\");\n```\n\n进程 `{csharp} sleeper.Id`。\n");
        await site.BuildOkAsync();
        var pid = int.Parse(site.Site.Html("2020/01/sleep/").QuerySelector(".compute-value")!.TextContent);
        // The build returns only after the page's process tree was killed and checked gone.
        Assert.True(ProcessTree.HasEnded(pid), $"/bin/sleep (pid {pid}) is still running after the build");
    }

    [Fact]
    public async Task An_exception_on_a_thread_is_blamed_on_the_block_that_started_it()
    {
        using var site = new ComputeSite().Post("thread",
            "```{csharp}\nvar gate = new System.Threading.ManualResetEventSlim();\n" +
            "new System.Threading.Thread(() => { gate.Wait(); throw new InvalidOperationException(\"后台线程出错\"); }).Start();\n```\n\n" +
            "```{csharp}\ngate.Set();\nwhile (true) { }\n```\n");
        var error = ComputeSite.SingleError(await site.BuildAsync());
        Assert.EndsWith("thread.md", error.File);
        Assert.Equal(site.Find("thread", "var gate").Line, error.Line);
        Assert.Contains("a thread it started threw InvalidOperationException: 后台线程出错", error.Message);
    }

    [Fact]
    public async Task Printing_200_MB_is_an_error_that_names_the_limit()
    {
        using var site = new ComputeSite().Post("print",
            "```{csharp}\nvar chunk = new string('x', 1_000_000);\nfor (var i = 0; i < 200; i++) Console.Write(chunk);\n```\n");
        var error = ComputeSite.SingleError(await site.BuildAsync());
        Assert.EndsWith("print.md", error.File);
        Assert.Equal(site.Find("print", "for (var i").Line, error.Line);
        Assert.Contains("compute.outputLimit (50 MB)", error.Message);
        Assert.Contains("raise compute.outputLimit", error.Message);
    }

    [Fact]
    public async Task A_result_larger_than_the_limit_is_an_error_that_names_the_limit()
    {
        using var site = new ComputeSite().Post("value", "```{csharp}\nnew string('y', 3_000_000)\n```\n");
        site.Site.Settings(s => s["compute"] = new System.Text.Json.Nodes.JsonObject { ["outputLimit"] = 2 });
        var error = ComputeSite.SingleError(await site.BuildAsync());
        Assert.EndsWith("value.md", error.File);
        Assert.Contains("more than compute.outputLimit (2 MB)", error.Message);
    }
}
