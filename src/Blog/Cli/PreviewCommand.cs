using System.CommandLine;
using System.Diagnostics;
using System.Net;
using Blog.Preview;

namespace Blog.Cli;

public static class PreviewCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var port = new Option<int>("--port", "-p") { Description = "Port to listen on.", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host")
        {
            Description = "Address to listen on. The default, 127.0.0.1, is reachable only from this machine.",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var open = new Option<bool>("--open") { Description = "Open the site in the default browser." };
        var verbose = new Option<bool>("--verbose") { Description = "After each rebuild, print the time of each step and the cache hits." };
        var command = new Command("preview",
            "Build the site, serve it on http://127.0.0.1:5080/, and rebuild and reload the browser on every save.");
        site.AddTo(command);
        command.Options.Add(port);
        command.Options.Add(host);
        command.Options.Add(open);
        command.Options.Add(verbose);
        command.SetAction(async (result, ct) =>
        {
            var name = result.GetValue(host)!;
            if (!TryParseHost(name, out var address))
            {
                Console.Error.WriteLine($"--host '{name}' is not an IP address (or 'localhost').");
                return 2;
            }
            var options = new PreviewOptions { Build = site.Read(result, preview: true), Host = address, Port = result.GetValue(port),
                Verbose = result.GetValue(verbose) };
            var log = TextWriter.Synchronized(Console.Out);
            PreviewHost preview;
            try
            {
                preview = await PreviewHost.StartAsync(options, log, ct);
            }
            catch (Exception e) when (PreviewServer.IsAddressInUse(e))
            {
                Console.Error.WriteLine($"Port {options.Port} on {address} is already in use. Choose another with --port.");
                return 1;
            }
            catch (OperationCanceledException) { return 130; }
            await using (preview)
            {
                if (!IPAddress.IsLoopback(address))
                    Console.WriteLine($"Listening on {address}, which is NOT loopback only: other machines on the network can read this site.");
                Console.WriteLine($"Serving {preview.Home} (live reload on). Press Ctrl+C to stop.");
                if (result.GetValue(open)) OpenBrowser(preview.Home);
                try { await Task.Delay(Timeout.Infinite, ct); } catch (OperationCanceledException) { }
                Console.WriteLine("Stopping the preview server.");
            }
            return 0;
        });
        return command;
    }

    private static bool TryParseHost(string name, out IPAddress address)
    {
        if (name.Equals("localhost", StringComparison.OrdinalIgnoreCase)) { address = IPAddress.Loopback; return true; }
        return IPAddress.TryParse(name, out address!);
    }

    /// <summary>Best effort: a machine without a browser (a server, CI) just gets a note.</summary>
    private static void OpenBrowser(Uri url)
    {
        try
        {
            var opener = OperatingSystem.IsWindows() ? null : OperatingSystem.IsMacOS() ? "open" : "xdg-open";
            using var process = opener is null
                ? Process.Start(new ProcessStartInfo(url.ToString()) { UseShellExecute = true })
                : Process.Start(new ProcessStartInfo(opener, url.ToString()) { UseShellExecute = false, RedirectStandardError = true });
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Console.WriteLine($"Could not open a browser ({e.Message}); open {url} yourself.");
        }
    }
}
