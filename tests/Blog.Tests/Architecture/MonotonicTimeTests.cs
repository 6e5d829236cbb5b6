using System.Text.RegularExpressions;
using Blog.Tests.Support;

namespace Blog.Tests.Architecture;

/// <summary>
/// Every time limit and elapsed time is measured on a monotonic clock (<c>Stopwatch</c>,
/// <c>CancelAfter</c>, <c>Environment.TickCount64</c>), never by subtracting wall-clock readings: a
/// step of the wall clock (+1 h from NTP) would end a page's compute limit at once, and a step back
/// would lift it. The wall clock is read only where a date is the point, listed here with why.
/// </summary>
public sealed class MonotonicTimeTests
{
    /// <summary>Source files allowed to read the wall clock, and what for.</summary>
    private static readonly Dictionary<string, string> Allowed = new()
    {
        ["src/Blog/Theme/ModelFactory.cs"] = "the year in the footer's copyright",
        ["src/Blog/Cli/NewCommand.cs"] = "today's date in a new post's front matter",
        ["src/Blog/Cli/BlogInit.cs"] = "today's date in the welcome post's front matter, in the blog's zone",
        ["src/Blog/Site/SiteBuilder.cs"] = "the build's time, after which a post is scheduled (left out until then)",
    };

    private static readonly Regex WallClock = new(@"\bDateTime(Offset)?\s*\.\s*(UtcNow|Now|Today)\b|\bTimeProvider\.System\.GetUtcNow\b");

    [Fact]
    public void Only_dates_read_the_wall_clock_and_no_timeout_does()
    {
        var found = Directory.EnumerateFiles(Path.Combine(TestSite.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/"))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(TestSite.RepoRoot, f).Replace('\\', '/'), Line: i + 1, Text: line)))
            .Where(l => WallClock.IsMatch(l.Text) && !l.Text.TrimStart().StartsWith("//") && !Allowed.ContainsKey(l.File))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(found.Count == 0, "Wall-clock reads outside the allowed places (use Stopwatch for durations and limits):\n" + string.Join("\n", found));
    }
}
