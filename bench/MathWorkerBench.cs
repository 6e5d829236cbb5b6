// Times the MathJax worker alone: the math of every page of a built site, sent page by page to
// one worker, then to one worker per core, with no site build and no cache around it.
//
//   dotnet run bench/MathWorkerBench.cs -- --site bench/work/mathjax/client [--workers 2]
//
// The site must have been built in client mode: its pages then hold the math elements exactly as
// the build hands them to the worker. Prints formulas, pages, start-up time, seconds and formulas
// per second, and MathJax's time per formula, as key=value lines for bench/mathjax.sh.
#:project ../src/Blog/Blog.csproj
#:property PublishAot=false

using System.Diagnostics;
using System.Globalization;
using AngleSharp.Html.Parser;
using Blog.Configuration;
using Blog.Typesetting;

string? site = null;
var workers = Environment.ProcessorCount;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--site": site = args[++i]; break;
        case "--workers": workers = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default: Console.Error.WriteLine($"unknown argument {args[i]}; usage: --site DIR [--workers N]"); return 2;
    }
}
if (site is null) { Console.Error.WriteLine("--site DIR is required"); return 2; }

var settings = SiteSettings.Load(Path.Combine(site, "statiq.json"), "statiq.json");
var pages = Directory.EnumerateFiles(Path.Combine(site, "output"), "index.html", SearchOption.AllDirectories)
    // The math elements our Markdown writes in client mode: <span class="math inline">\(…\)</span>, <div class="math display">\[…\]</div>.
    .Select(f => new HtmlParser().ParseDocument(File.ReadAllText(f)).QuerySelectorAll("main .math")
        .Select(e => new Formula(e.TextContent, e.ClassList.Contains("display"))).ToList())
    .Where(p => p.Count > 0).ToList();
var formulas = pages.Sum(p => p.Count);
var repo = Directory.GetCurrentDirectory(); // run from the repository, like the other benchmarks
while (!File.Exists(Path.Combine(repo, "Blog.sln"))) repo = Path.GetDirectoryName(repo) ?? throw new InvalidOperationException("Run from the repository.");
var options = new MathWorkerOptions { ScriptPath = Path.Combine(repo, "src", "Blog", "Typesetting", "worker", "typeset.mjs") };
var config = WorkerConfig.For(NodeModules.Find(repo, "@mathjax/src")!, settings);
Console.WriteLine($"formulas={formulas}");
Console.WriteLine($"pages={pages.Count}");

// Start-up: one worker, one one-formula page.
var watch = Stopwatch.StartNew();
await using (var pool = new MathWorkerPool(options with { Workers = 1 }, config))
    await pool.TypesetAsync([new Formula("\\(x\\)", false)], CancellationToken.None);
var startup = watch.Elapsed.TotalSeconds;
Console.WriteLine($"startup_s={startup:0.000}");

foreach (var n in new[] { 1, workers }.Distinct())
{
    await using var pool = new MathWorkerPool(options with { Workers = n }, config);
    // Start the workers first, so the figure is MathJax's typesetting and the pipes, not Node's start.
    await Task.WhenAll(Enumerable.Range(0, n).Select(_ => pool.TypesetAsync([new Formula("\\(x\\)", false)], CancellationToken.None)));
    watch.Restart();
    var next = -1;
    await Task.WhenAll(Enumerable.Range(0, n).Select(_ => Task.Run(async () =>
    {
        for (var i = Interlocked.Increment(ref next); i < pages.Count; i = Interlocked.Increment(ref next))
            await pool.TypesetAsync(pages[i], CancellationToken.None);
    })));
    var seconds = watch.Elapsed.TotalSeconds;
    Console.WriteLine($"workers{n}_s={seconds:0.000}");
    Console.WriteLine($"workers{n}_formulas_per_s={formulas / seconds:0}");
    if (n == 1) Console.WriteLine($"ms_per_formula={1000 * seconds / formulas:0.000}");
    if (n == 1) Console.WriteLine($"mathjax_ms_per_formula={pool.MathJaxTime.TotalMilliseconds / formulas:0.000}");
    // CPU (user + system) of the Node worker while typesetting, as Node's process.cpuUsage() measured it.
    if (n == 1) Console.WriteLine($"mathjax_cpu_ms_per_formula={pool.TypesetCpu.TotalMilliseconds / formulas:0.000}");
}
return 0;
