using System.Diagnostics;
using Blog.Tests.Support;
using Blog.Workers;

namespace Blog.Tests.Safety;

/// <summary>
/// No process outlives its build: what a compute block starts, even detached (<c>setsid … &amp;</c>),
/// ends with its page; a build killed with SIGKILL or SIGHUP takes its workers with it (they watch
/// their parent), and the next build ends any that are left (<see cref="ProcessMarker"/>). Linux only.
/// </summary>
public sealed class OrphanTests
{
    /// <summary>Live processes whose environment holds <paramref name="entry"/> (NAME=value).</summary>
    private static List<int> WithEnvironment(string entry) => Directory.EnumerateDirectories("/proc")
        .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
        .Where(pid => pid > 0 && !ProcessTree.HasEnded(pid) && Environ(pid).Contains(entry))
        .ToList();

    private static string[] Environ(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/environ").Split('\0'); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return []; }
    }

    /// <summary>Polls until <paramref name="done"/> holds; the safety net only turns a hang into a failure.</summary>
    private static async Task WaitUntil(Func<bool> done, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!done())
        {
            Assert.True(watch.Elapsed < SafetyNet.Wait, $"waited in vain for: {what}");
            await Task.Delay(50);
        }
    }

    [Theory]
    [InlineData("setsid sleep 3600 </dev/null >/dev/null 2>&1 &")]
    [InlineData("nohup sleep 3600 </dev/null >/dev/null 2>&1 & disown")]
    [InlineData("(setsid sh -c 'sleep 3600 & wait' </dev/null >/dev/null 2>&1 &)")]
    public async Task A_detached_process_a_block_starts_ends_with_the_build(string shell)
    {
        if (!OperatingSystem.IsLinux()) return;
        var probe = "BLOG_TEST_PROBE=" + Guid.NewGuid().ToString("N");
        using var site = SafetySite.New();
        var command = shell.Replace("\"", "\\\"");
        site.WriteFile("input/posts/a.md", $$"""
            ---
            title: a
            date: 2020-01-01
            slug: a
            ---

            ```{csharp}
            var start = new System.Diagnostics.ProcessStartInfo("/bin/bash", new[] { "-c", "{{command}}" });
            start.Environment["BLOG_TEST_PROBE"] = "{{probe["BLOG_TEST_PROBE=".Length..]}}";
            System.Diagnostics.Process.Start(start)!.WaitForExit();
            "started"
            ```
            """);
        await site.BuildOkAsync();
        Assert.Contains("started", site.ReadOutput("2020/01/a/index.html"));
        Assert.Empty(WithEnvironment(probe));
    }

    [Theory]
    [InlineData("KILL")]
    [InlineData("HUP")]
    public async Task A_build_killed_takes_its_workers_and_their_children_with_it(string signal)
    {
        if (!OperatingSystem.IsLinux()) return;
        using var site = SafetySite.New();
        var started = Path.Combine(site.Root, "started");
        site.WriteFile("input/posts/a.md", $$"""
            ---
            title: a
            date: 2020-01-01
            slug: a
            ---

            ```{csharp}
            System.Diagnostics.Process.Start("/bin/bash", new[] { "-c", "setsid sleep 3600 </dev/null >/dev/null 2>&1 &" })!.WaitForExit();
            System.IO.File.WriteAllText(@"{{started}}", "1");
            while (true) { }
            ```
            """);
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = site.Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "blog.dll"));
        info.ArgumentList.Add("build");
        using var build = Process.Start(info)!;
        _ = build.StandardOutput.ReadToEndAsync();
        _ = build.StandardError.ReadToEndAsync();
        try
        {
            await WaitUntil(() => File.Exists(started) || build.HasExited, "the block to start");
            Assert.False(build.HasExited, "the build ended before its block ran");
            var ours = ProcessMarker.Find(v => v.StartsWith(build.Id + ".", StringComparison.Ordinal));
            Assert.True(ours.Count >= 2, "the worker and the block's detached child carry the build's marker");

            using (var kill = Process.Start("kill", ["-" + signal, build.Id.ToString()])!) kill.WaitForExit();
            await build.WaitForExitAsync();

            await WaitUntil(() => ours.All(ProcessTree.HasEnded), "the killed build's workers and their children to end");
        }
        finally
        {
            if (!build.HasExited) build.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task The_next_build_ends_processes_left_by_a_build_that_is_gone()
    {
        if (!OperatingSystem.IsLinux()) return;
        // A process marked as a worker of a build whose process is gone (pid 1's start time is never "0").
        var info = new ProcessStartInfo("sleep", ["3600"]) { UseShellExecute = false };
        info.Environment[ProcessMarker.Variable] = "1.0.deadbeef";
        using var leftover = Process.Start(info)!;
        try
        {
            using var site = SafetySite.New();
            site.WriteFile("input/posts/a.md", "---\ntitle: a\ndate: 2020-01-01\nslug: a\n---\n\nx\n");
            await site.BuildOkAsync();
            await leftover.WaitForExitAsync().WaitAsync(SafetyNet.Wait);
        }
        finally
        {
            if (!leftover.HasExited) leftover.Kill();
        }
    }
}
