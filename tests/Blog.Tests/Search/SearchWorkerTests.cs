using System.Text;
using System.Text.RegularExpressions;
using Blog.Diagnostics;
using Blog.Site.Search;
using Blog.Tests.Support;
using Blog.Workers;

namespace Blog.Tests.Search;

/// <summary>
/// Pagefind's Node process runs on the tool's worker host (<see cref="WorkerHost"/>): a stand-in indexer
/// that hangs, dies or refuses a page shows the time limit, the kept stderr with the exit code, the
/// process ended, and Pagefind's own message, each as the build's one error. The real indexer is tested
/// by <see cref="SearchIndexSessionTests"/> and <see cref="SearchIndexTests"/>.
/// </summary>
public sealed class SearchWorkerTests
{
    private static readonly IndexedPage[] Pages =
    [
        new("/a/", Encoding.UTF8.GetBytes("<html><body><main data-pagefind-body>椭圆</main></body></html>")),
        new("/b/", Encoding.UTF8.GetBytes("<html><body><main data-pagefind-body>双曲线</main></body></html>")),
    ];

    /// <summary>A stand-in for pagefind-index.mjs: says it is ready, then runs <paramref name="onPage"/> on each page line and <paramref name="onWrite"/> on the write request.</summary>
    private static string Indexer(TestSite site, string onPage, string onWrite)
    {
        var script = Path.Combine(site.Root, "indexer.mjs");
        File.WriteAllText(script, $$"""
            import { createInterface } from 'node:readline';
            process.stderr.write(`pid ${process.pid}\n`);
            const send = (m) => process.stdout.write(JSON.stringify(m) + '\n');
            for await (const line of createInterface({ input: process.stdin })) {
              const m = JSON.parse(line);
              if (m.pagefind !== undefined) send({ ready: true, version: 'stand-in' });
              else if (m.url !== undefined) { {{onPage}} }
              else if (m.write !== undefined) { {{onWrite}} }
            }
            """);
        return script;
    }

    private static async Task<DiagnosticException> FailAsync(TestSite site, string script, TimeSpan? writeLimit = null)
    {
        await using var session = new SearchIndexSession(site.Root, "node", ["pages"], Path.Combine(site.Root, "bundle"), script)
        {
            WriteTimeout = writeLimit ?? SearchIndexSession.DefaultWriteTimeout,
        };
        session.Deliver("pages", Pages);
        return await Assert.ThrowsAsync<DiagnosticException>(() => session.FinishAsync(CancellationToken.None));
    }

    private static int Pid(string message) => int.Parse(Regex.Match(message, @"pid (\d+)").Groups[1].Value);

    [Fact]
    public async Task An_indexer_that_never_writes_is_stopped_at_the_time_limit_with_its_stderr()
    {
        using var site = TestSite.Empty();
        var error = await FailAsync(site, Indexer(site, "", "/* never answers */"), TimeSpan.FromSeconds(1));
        Assert.Contains("Pagefind could not build the search index", error.Diagnostic.Message);
        Assert.Contains("gave no answer within 1 s", error.Diagnostic.Message);
        Assert.True(ProcessTree.HasEnded(Pid(error.Diagnostic.Message)), "the indexer outlived its time limit");
    }

    [Fact]
    public async Task An_indexer_that_dies_says_why_with_its_exit_code_and_stderr()
    {
        using var site = TestSite.Empty();
        var script = Indexer(site, "if (m.url === '/b/') { process.stderr.write('pagefind crashed on ' + m.url + '\\n'); process.exit(3); }", "");
        var error = await FailAsync(site, script);
        Assert.Contains("exit code 3", error.Diagnostic.Message);
        Assert.Contains("pagefind crashed on /b/", error.Diagnostic.Message);
        Assert.True(ProcessTree.HasEnded(Pid(error.Diagnostic.Message)));
    }

    [Fact]
    public async Task A_page_Pagefind_refuses_is_named_in_the_error()
    {
        using var site = TestSite.Empty();
        var error = await FailAsync(site, Indexer(site, "", "send({ error: 'indexing /b/: the page has no <html> element' }); process.exit(1);"));
        Assert.Contains("indexing /b/: the page has no <html> element", error.Diagnostic.Message);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "bundle")));
    }

    [Fact]
    public async Task The_indexer_carries_the_worker_marker()
    {
        using var site = TestSite.Empty();
        var script = Indexer(site, "", $"process.stderr.write('marker ' + (process.env.{ProcessMarker.Variable} ?? 'none') + '\\n'); process.exit(4);");
        var error = await FailAsync(site, script);
        Assert.Matches(@"marker \S+", error.Diagnostic.Message);
        Assert.DoesNotContain("marker none", error.Diagnostic.Message);
    }
}
