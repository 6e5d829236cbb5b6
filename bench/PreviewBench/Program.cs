using System.Diagnostics;
using Blog.Preview;
using Blog.Site;
using PreviewBench;

// Measures `blog preview` on a generated site: edit → reload-event latency for a prose edit and a
// template change, and a load run with concurrent clients while edits trigger rebuilds.
// Loopback only; every loop is bounded. Usage (from the repository root):
//   dotnet run -c Release --project bench/PreviewBench -- [posts=1000] [edits=50] [clients=16] [loadEdits=20]
var arg = (int i, int fallback) => args.Length > i && int.TryParse(args[i], out var v) ? v : fallback;
int posts = arg(0, 1000), edits = arg(1, 50), clients = arg(2, 16), loadEdits = arg(3, 20);
var repo = Directory.GetCurrentDirectory();
if (!File.Exists(Path.Combine(repo, "Blog.sln"))) { Console.Error.WriteLine("Run from the repository root."); return 2; }
var corpus = Corpus.Create(repo, Path.Combine(repo, "bench", "work", "preview-site"), posts);
var site = corpus.Folder;

var log = new StringWriter();
var options = new PreviewOptions { Build = new BuildOptions { SiteRoot = site }, Port = 0, Verbose = true };
var started = Stopwatch.StartNew();
await using var host = await PreviewHost.StartAsync(options, TextWriter.Synchronized(log));
Console.WriteLine($"# preview benchmark: {posts} posts, {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {LoadAverage()}");
Console.WriteLine($"first build + start: {started.Elapsed.TotalSeconds:0.00} s ({host.Session.Last?.PagesWritten} pages)");
if (host.Session.Last is not { Success: true } first)
{
    // Nothing to measure: say why instead of waiting for reloads that cannot come.
    foreach (var d in host.Session.Last?.Diagnostics ?? []) Console.Error.WriteLine(d);
    Console.Error.WriteLine("The first build failed; see the errors above.");
    return 2;
}

using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
await using var events = new EventStream(http, host.Address);
await Task.Delay(300);

// Warm-up: a few edits so that the JIT has compiled the rebuild path, as in a real session.
var random = new Random(42);
int failedEvents = 0, extraReloads = 0;
for (var i = 0; i < 5; i++) await ProseEdit(random.Next(posts), -1 - i);

var prose = new List<double>();
var cpu = new List<double>();
for (var i = 0; i < edits; i++)
{
    var before = Process.GetCurrentProcess().TotalProcessorTime;
    prose.Add(await ProseEdit(random.Next(posts), i + 1));
    cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds);
}
Report("prose edit (one post's Markdown)", prose);
Console.WriteLine($"  CPU time of the process per prose edit: {cpu.Average():0} ms on average (all threads; independent of other load)");
if (Environment.GetEnvironmentVariable("BENCH_PROSE_ONLY") == "1")
{
    // For profiling the prose edit alone (attach dotnet-trace after "first build"): no template or load run.
    Console.WriteLine($"load average at the end: {LoadAverage()}");
    if (Environment.GetEnvironmentVariable("BENCH_LOG") == "1") Console.WriteLine(log);
    return 0;
}

var template = Path.Combine(site, "theme", "layouts", "post.sbn-html");
var original = File.ReadAllText(template);
var layouts = new List<double>();
for (var i = 0; i < edits; i++)
{
    events.Drain();
    var t0 = Stopwatch.GetTimestamp();
    File.WriteAllText(template, original + $"\n<!-- template edit {i} -->\n");
    var e = await events.NextAsync((n, _) => n is "reload" or "failed", TimeSpan.FromMinutes(2));
    if (e.Name != "reload") throw new Exception("template edit failed: " + e.Data);
    layouts.Add(Stopwatch.GetElapsedTime(t0, e.Ticks).TotalMilliseconds);
}
File.WriteAllText(template, original);
await events.NextAsync((n, _) => n == "reload", TimeSpan.FromMinutes(2));
Report("template change (post.sbn-html, all posts re-rendered)", layouts);

// Load: clients fetch random pages in a loop while edits trigger rebuilds. Any non-200, any
// failed request and any page that does not end in </html> counts as an error.
var urls = Enumerable.Range(0, posts).Select(Corpus.PostUrl).Concat(["/", "/archives/", "/tags/", "/atom.xml"]).ToArray();
long requests = 0, errors = 0;
using var stopLoad = new CancellationTokenSource();
var workers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
{
    var r = new Random(c);
    using var client = new HttpClient { BaseAddress = host.Home };
    for (var n = 0; n < 1_000_000 && !stopLoad.IsCancellationRequested; n++)
    {
        var url = urls[r.Next(urls.Length)].TrimStart('/');
        try
        {
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode || (url.EndsWith('/') || url.Length == 0) && !body.TrimEnd().EndsWith("</html>"))
                Interlocked.Increment(ref errors);
        }
        catch (HttpRequestException) { Interlocked.Increment(ref errors); }
        Interlocked.Increment(ref requests);
    }
})).ToArray();
var loadWatch = Stopwatch.StartNew();
var underLoad = new List<double>();
for (var i = 0; i < loadEdits; i++)
{
    underLoad.Add(await ProseEdit(random.Next(posts), 1000 + i));
    await Task.Delay(100);
}
stopLoad.Cancel();
await Task.WhenAll(workers);
Console.WriteLine($"load: {clients} clients, {requests} requests in {loadWatch.Elapsed.TotalSeconds:0.0} s " +
                  $"({requests / loadWatch.Elapsed.TotalSeconds:0} req/s) during {loadEdits} rebuilds; errors: {errors}");
Report("prose edit under load", underLoad);
Console.WriteLine($"error overlays shown during edits: {failedEvents}; reloads that did not yet show the edit (file read half-written): {extraReloads}");
Console.WriteLine($"load average at the end: {LoadAverage()}");
if (Environment.GetEnvironmentVariable("BENCH_LOG") == "1") Console.WriteLine(log);
return errors == 0 ? 0 : 1;

async Task<double> ProseEdit(int post, int mark)
{
    var path = corpus.PostPath(post);
    var text = File.ReadAllText(path);
    var edited = System.Text.RegularExpressions.Regex.Replace(text, @"编辑标记 -?\d+ ", $"编辑标记 {mark} ");
    events.Drain();
    var t0 = Stopwatch.GetTimestamp();
    File.WriteAllText(path, edited);
    var url = Corpus.PostUrl(post);
    // The time to the reload after which the page shows the edit. A build that read the file
    // half-written (truncate, then write) is followed by another one; both are counted.
    for (var attempt = 0; ; attempt++)
    {
        var e = await events.NextAsync((n, d) => n == "failed" || n == "reload" && d.Contains(url), TimeSpan.FromMinutes(1));
        if (e.Name != "reload") { failedEvents++; continue; }
        var page = await http.GetStringAsync(new Uri(host.Home, url.TrimStart('/')));
        if (page.Contains($"编辑标记 {mark} ")) return Stopwatch.GetElapsedTime(t0, e.Ticks).TotalMilliseconds;
        if (attempt > 5) throw new Exception($"page {url} does not show edit {mark}");
        extraReloads++;
    }
}

// The machine's load: figures taken on a busy machine are slower, and say so.
static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

static void Report(string what, List<double> ms)
{
    var sorted = ms.Order().ToList();
    double P(double p) => sorted[(int)System.Math.Min(sorted.Count - 1, System.Math.Ceiling(p * sorted.Count) - 1)];
    Console.WriteLine($"{what}: n={sorted.Count} p50={P(0.5):0} ms p95={P(0.95):0} ms min={sorted[0]:0} ms max={sorted[^1]:0} ms");
}
