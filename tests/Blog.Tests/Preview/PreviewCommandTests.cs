using System.Diagnostics;
using System.Text.RegularExpressions;
using Blog.Tests.Support;

namespace Blog.Tests.Preview;

/// <summary>The real tool, <c>blog preview</c>, as a user runs it: the address it prints, Ctrl+C, a taken port.</summary>
public sealed class PreviewCommandTests
{
    [Fact]
    public async Task It_prints_the_address_serves_and_stops_cleanly_on_ctrl_c()
    {
        if (OperatingSystem.IsWindows()) return; // SIGINT is sent with kill(1)
        await using var site = await PreviewSite.StartAsync(); // only for its folder; the tool serves it below
        // Its own generations folder: the in-process preview owns the site's default one.
        using var tool = Start(site.Root, "--port", "0", "--output", Path.Combine(site.Root, ".cache", "cli-preview"));
        var address = await WaitForAddressAsync(tool);
        Assert.Equal("127.0.0.1", address.Host);
        using (var http = new HttpClient())
            Assert.Contains("第 1 篇", await http.GetStringAsync(new Uri(address, "/2020/01/post-1/")));

        using (var kill = Process.Start("kill", ["-INT", tool.Process.Id.ToString()])) await kill.WaitForExitAsync();
        using var wait = new CancellationTokenSource(SafetyNet.Wait);
        await tool.Process.WaitForExitAsync(wait.Token);
        Assert.Equal(0, tool.Process.ExitCode);
        Assert.Contains("Stopping the preview server.", tool.Output);
        Assert.DoesNotContain("Exception", tool.Output + tool.Errors);
    }

    [Fact]
    public async Task A_taken_port_is_a_one_line_error()
    {
        await using var site = await PreviewSite.StartAsync();
        using var tool = Start(site.Root, "--port", site.Host.Address.Port.ToString(), "--output", Path.Combine(site.Root, ".cache", "cli-preview"));
        using var wait = new CancellationTokenSource(SafetyNet.Wait);
        await tool.Process.WaitForExitAsync(wait.Token);
        Assert.Equal(1, tool.Process.ExitCode);
        Assert.Contains($"Port {site.Host.Address.Port} on 127.0.0.1 is already in use. Choose another with --port.", tool.Errors);
        Assert.DoesNotContain("   at ", tool.Errors);
    }

    private sealed class Tool(Process process) : IDisposable
    {
        private readonly System.Text.StringBuilder _out = new(), _err = new();
        public Process Process => process;
        public string Output { get { lock (_out) return _out.ToString(); } }
        public string Errors { get { lock (_err) return _err.ToString(); } }

        private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Completes when the tool prints "Serving http://…", or fails when it exits without doing so.</summary>
        public Task<Uri> Address => _address.Task;

        public void Listen()
        {
            process.EnableRaisingEvents = true;
            process.Exited += (_, _) => { process.WaitForExit(); _address.TrySetException(new Xunit.Sdk.XunitException("no address printed:\n" + Output + Errors)); };
            process.OutputDataReceived += (_, e) =>
            {
                lock (_out) _out.AppendLine(e.Data);
                if (e.Data is { } line && Regex.Match(line, @"Serving (http://\S+)") is { Success: true } m) _address.TrySetResult(new Uri(m.Groups[1].Value));
            };
            process.ErrorDataReceived += (_, e) => { lock (_err) _err.AppendLine(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public void Dispose()
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.Dispose();
        }
    }

    private static Tool Start(string root, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "blog.dll"));
        start.ArgumentList.Add("preview");
        foreach (var a in args) start.ArgumentList.Add(a);
        var tool = new Tool(Process.Start(start)!);
        tool.Listen();
        return tool;
    }

    /// <summary>The address the tool prints when it serves: waits on that line (or the tool's exit), never polls.</summary>
    private static Task<Uri> WaitForAddressAsync(Tool tool) => tool.Address.WaitAsync(SafetyNet.Wait);
}
