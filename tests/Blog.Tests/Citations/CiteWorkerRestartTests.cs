using Blog.Markup.Citations;
using Blog.Tests.Support;
using Blog.Typesetting;
using Blog.Typesetting.Citations;

namespace Blog.Tests.Citations;

/// <summary>
/// A citation worker killed from outside while it formats a page (the OOM killer, a stray kill) is
/// started again once for the same page; a worker that dies again fails the page saying it died twice,
/// and never with "Install Node.js". The worker is the real cite.mjs behind a small Node relay that
/// kills it on a chosen request, as something outside would.
/// </summary>
public sealed class CiteWorkerRestartTests
{
    // Relays the protocol to the real worker script; on the first request after the ready handshake it kills
    // the worker and ends with exit code 9: once (the first start only) or always.
    private const string Relay = """
        import { spawn } from 'node:child_process';
        import { existsSync, writeFileSync } from 'node:fs';
        import readline from 'node:readline';
        const [mode, state, script] = process.argv.slice(2);
        const dies = mode === 'always' || !existsSync(state);
        writeFileSync(state, 'started');
        const worker = spawn(process.execPath, [script], { stdio: ['pipe', 'inherit', 'inherit'] });
        let lines = 0;
        readline.createInterface({ input: process.stdin }).on('line', line => {
          if (++lines === 2 && dies) { worker.kill('SIGKILL'); process.exit(9); }
          worker.stdin.write(line + '\n');
        });
        process.stdin.on('end', () => worker.stdin.end());
        worker.on('exit', code => process.exit(code ?? 1));
        """;

    [Fact]
    public async Task A_worker_killed_during_a_page_is_started_again_and_the_page_is_formatted()
    {
        using var site = TestSite.Empty();
        await using var worker = new CiteWorker(RelayProgram(site, "once"), Modules(site), TimeSpan.FromMinutes(2));
        var (result, errors) = await worker.FormatAsync(Request(), CancellationToken.None);
        Assert.Empty(errors);
        Assert.Contains("[1]", result!.Citations[0]);
        Assert.Equal(2, worker.Started);
    }

    [Fact]
    public async Task A_worker_that_dies_again_fails_the_page_saying_so_not_asking_for_node()
    {
        using var site = TestSite.Empty();
        await using var worker = new CiteWorker(RelayProgram(site, "always"), Modules(site), TimeSpan.FromMinutes(2));
        var error = await Assert.ThrowsAsync<CiteWorkerException>(() => worker.FormatAsync(Request(), CancellationToken.None));
        Assert.Contains("died twice", error.Message);
        Assert.Contains("exit code 9", error.Message);
        Assert.False(error.NodeMissing);
        Assert.Equal(2, worker.Started);
    }

    [Fact]
    public async Task A_missing_node_is_the_one_case_that_asks_to_install_it()
    {
        using var site = TestSite.Empty();
        await using var worker = new CiteWorker(Path.Combine(site.Root, "no-such-node"), Modules(site), TimeSpan.FromMinutes(2));
        var error = await Assert.ThrowsAsync<CiteWorkerException>(() => worker.FormatAsync(Request(), CancellationToken.None));
        Assert.True(error.NodeMissing);
        Assert.Contains("Node.js is needed", error.Message);
    }

    private static string Modules(TestSite site) => NodeModules.Find(site.Root, "citeproc")!;

    /// <summary>An executable that runs the relay in front of the real worker (CiteWorker runs "program script").</summary>
    private static string RelayProgram(TestSite site, string mode)
    {
        site.WriteFile("relay.mjs", Relay);
        var program = Path.Combine(site.Root, "relay-node");
        var relay = Path.Combine(site.Root, "relay.mjs");
        var state = Path.Combine(site.Root, "relay.state");
        File.WriteAllText(program, $"#!/bin/sh\nexec node '{relay}' {mode} '{state}' \"$@\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return program;
    }

    private static CiteRequest Request()
    {
        var style = CslStyles.Load("china-national-standard-gb-t-7714-2015-numeric", TestSite.SampleFixture, "statiq.json", 0);
        var bib = CslJsonScanner.Scan("""
            [{"id": "knuth84", "type": "book", "title": "The TeXbook", "author": [{"family": "Knuth", "given": "Donald E."}],
              "publisher": "Addison-Wesley", "issued": {"date-parts": [[1984]]}}]
            """, "refs.json", "h");
        return new CiteRequest(0, style.Xml, style.Hash, "en-US", CslStyles.Locales, false, bib.Entries.Values.ToList(), "",
            [new CiteCluster([new CitationItem("knuth84")], false)]);
    }
}
