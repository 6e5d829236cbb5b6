#:project ../src/Blog/Blog.csproj
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
// How long the link checker takes at the end of a build: builds a site RUNS times in process,
// without the Output phase (nothing is written), and prints the time of the checks pipeline's
// PostProcess phase (unique destinations + link check) beside the whole build.
//
//   dotnet run bench/LinkCheckTiming.cs -- <site root> [runs]
using System.Diagnostics;
using Blog.Content;
using Blog.Diagnostics;
using Blog.Pipelines;
using Blog.Site;

var root = Path.GetFullPath(args.Length > 0 ? args[0] : ".");
var runs = args.Length > 1 ? int.Parse(args[1]) : 5;
var repo = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, FindRepo()));
var options = new BuildOptions
{
    SiteRoot = root,
    Theme = Directory.Exists(Path.Combine(root, "theme")) ? null : Path.Combine(repo, "theme"),
};
var settings = SiteSettings.Load(options.SettingsFile, "statiq.json");
var checks = new List<double>();
var totals = new List<double>();
for (var run = 0; run <= runs; run++) // run 0 warms up the JIT
{
    var pipelines = SiteBuilder.CreatePipelines(options, settings, Path.Combine(Path.GetTempPath(), "unused-output"));
    foreach (var p in pipelines) p.Output.Clear();
    var diagnostics = new DiagnosticBag();
    var watch = Stopwatch.StartNew();
    var result = await new Engine(pipelines).ExecuteAsync(new PipelineContext(diagnostics));
    var total = watch.Elapsed.TotalMilliseconds;
    if (!result.Success) { foreach (var d in diagnostics.All) Console.Error.WriteLine(d); return 1; }
    if (run == 0) continue;
    checks.Add(result.Timings[$"{SiteBuilder.Checks}/{Phase.PostProcess}"].TotalMilliseconds);
    totals.Add(total);
}
var pages = Directory.EnumerateFiles(Path.Combine(root, "input"), "*.md", SearchOption.AllDirectories).Count();
Console.WriteLine($"{pages} Markdown files, {runs} runs, {Environment.ProcessorCount} cores");
Console.WriteLine($"link check: mean {checks.Average():0} ms, min {checks.Min():0} ms");
Console.WriteLine($"whole build without writing: mean {totals.Average():0} ms, min {totals.Min():0} ms");
return 0;

static string FindRepo()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Blog.sln"))) return dir.FullName;
    return Directory.GetCurrentDirectory();
}
