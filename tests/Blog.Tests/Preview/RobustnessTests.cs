using Blog.Preview;
using Blog.Site;

namespace Blog.Tests.Preview;

/// <summary>Things that must not take the preview down.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public async Task A_build_that_hangs_is_abandoned_and_reported_and_the_server_answers_meanwhile()
    {
        if (OperatingSystem.IsWindows()) return; // needs a named pipe
        var root = Path.Combine(Path.GetTempPath(), "blog-hang-" + Guid.NewGuid().ToString("N")[..8]);
        var posts = Path.Combine(root, "input", "posts");
        Directory.CreateDirectory(posts);
        File.WriteAllText(Path.Combine(root, "statiq.json"), "{}");
        // A post that is a named pipe nobody writes: reading it blocks for ever, in a system call
        // that no cancellation reaches, like a compute block stuck in a loop.
        var fifo = Path.Combine(posts, "hang.md");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo)) await mkfifo.WaitForExitAsync();
        var log = new StringWriter();
        await using var host = await PreviewHost.StartAsync(new PreviewOptions
        {
            Build = new BuildOptions { SiteRoot = root, Theme = Support.TestSite.BuiltInTheme },
            Port = 0,
            BuildTimeout = TimeSpan.FromSeconds(1),
        }, TextWriter.Synchronized(log));
        Assert.False(host.Session.Last!.Success);
        Assert.Contains("was abandoned", host.Session.Last.Diagnostics.Single().Message);
        using var http = new HttpClient();
        using var response = await http.GetAsync(host.Home);
        Assert.Equal(503, (int)response.StatusCode);
        Assert.Contains("/__preview/livereload.js", await response.Content.ReadAsStringAsync());
        await using var events = await Events.ConnectAsync(host.Address);
        Assert.Contains("was abandoned", (await events.NextAsync("failed")).Data);
        await File.WriteAllTextAsync(fifo, ""); // let the abandoned read finish
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task A_broken_statiq_json_is_reported_and_fixing_it_recovers()
    {
        await using var site = await PreviewSite.StartAsync();
        var settings = Path.Combine(site.Root, "statiq.json");
        var good = File.ReadAllText(settings);
        File.WriteAllText(settings, "{ \"title\": \"x\", \"nonsense\": 1 }");
        var (name, data) = await site.Events.NextAsync("failed", "reload");
        Assert.Equal("failed", name);
        Assert.Contains("statiq.json", data);
        Assert.Equal(200, (await site.GetAsync("/")).Status);
        File.WriteAllText(settings, good.Replace("预览测试", "新标题"));
        Assert.Equal("reload", (await site.Events.NextAsync("reload", "failed")).Name);
        Assert.Contains("新标题", (await site.GetAsync("/")).Body);
    }
}
