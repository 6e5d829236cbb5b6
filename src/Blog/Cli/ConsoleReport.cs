using Blog.Diagnostics;
using Blog.Site;

namespace Blog.Cli;

/// <summary>How a build talks to the terminal: diagnostics, a one-line summary, a progress line for slow builds.</summary>
public static class ConsoleReport
{
    /// <summary>Prints the diagnostics and the summary; returns the process exit code.</summary>
    public static int Print(BuildResult result, BuildOptions options)
    {
        foreach (var d in result.Diagnostics)
            (d.Severity == Severity.Error ? Console.Error : Console.Out).WriteLine(d);
        foreach (var post in result.Scheduled) Console.WriteLine(post);
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        if (result.Success)
        {
            Console.WriteLine($"Built {result.PagesWritten} pages into {Path.GetRelativePath(Directory.GetCurrentDirectory(), options.OutputFolder)} " +
                              $"with {result.Warnings} warning(s) in {seconds} s.");
            return 0;
        }
        Console.Error.WriteLine($"Build failed: {result.Errors} error(s), {result.Warnings} warning(s) in {seconds} s. Nothing was written; output/ is unchanged.");
        return 1;
    }

    /// <summary>The slowest pipeline phases first, so a slow build shows where its time goes.</summary>
    public static void PrintTimings(BuildResult result)
    {
        foreach (var (phase, time) in result.Timings.OrderByDescending(t => t.Value))
            Console.WriteLine($"  {time.TotalMilliseconds,9:0.0} ms  {phase}");
        if (result.Math is { } math)
            Console.WriteLine($"  math: {math.Total} formulas, {math.Typeset} unique typeset, {math.CacheHits} cache hits, "
                + $"{math.Requests} worker requests on {math.WorkersStarted} worker(s), {math.CpuMsPerFormula:0.000} ms worker CPU per typeset formula");
        if (result.Diagrams is { } tikz && (tikz.Requests > 0 || tikz.CacheHits > 0))
            Console.WriteLine($"  tikz: {tikz.Requests} diagrams drawn by TeX, {tikz.CacheHits} from the cache, {tikz.EngineStarts} engine(s) started "
                + $"({tikz.EngineStartTime.TotalMilliseconds:0} ms loading), {(tikz.Requests > 0 ? tikz.DrawTime.TotalMilliseconds / tikz.Requests : 0):0} ms per drawn diagram");
    }

    /// <summary>Shows a spinner with the elapsed time when the work takes longer than a moment and stderr is a terminal.</summary>
    public static async Task<T> WithProgressAsync<T>(string label, Func<Task<T>> work)
    {
        var task = work();
        if (Console.IsErrorRedirected || await Task.WhenAny(task, Task.Delay(700)) == task) return await task;
        var frames = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";
        var started = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; !task.IsCompleted; i++)
        {
            Console.Error.Write($"\r{frames[i % frames.Length]} {label}… {started.Elapsed.TotalSeconds:0.0} s ");
            await Task.WhenAny(task, Task.Delay(100));
        }
        Console.Error.Write("\r\u001b[K");
        return await task;
    }
}
