using System.Diagnostics;
using System.Runtime.InteropServices;
using Xunit.Abstractions;
using Blog.Diagnostics;
using Blog.Markup;
using Blog.Markup.Formulas;

namespace Blog.Tests.Safety;

/// <summary>
/// Issue 18.5: every scan for a closing delimiter in our Markdown extensions takes linear time
/// overall, and Markdig's quadratic link-destination scan is guarded. Three kinds of test, all over
/// generated input (a seeded generator, so a failure is reproducible from its seed):
/// the memoised scans answer exactly what the plain scans answer; random and adversarial Markdown
/// never throws; and the CPU time at size 8n stays under 20 times the time at size n. A linear scan
/// gives 8 (n log n about 10), a quadratic one 64: the factor of eight between the sizes leaves a wide
/// margin on both sides, so that cache and collector noise on a busy 2-core machine, which moved a
/// 2n/n ratio from 2 to 2.65, cannot fail a linear scan. Times are compared with each other, never
/// with a fixed bound.
/// </summary>
[Collection(nameof(TimingCollection))]
public sealed class OpenerScanTests(ITestOutputHelper output)
{
    private static readonly string[] Tokens =
    [
        "$", "$$", "\\(", "\\)", "\\[", "\\]", "\\begin{equation}", "\\end{equation}", "\\begin{align*}", "\\end{align*}",
        "\\\\", "\\", "{", "}", "x", "a b", " ", "\n", "\n\n", "> ", "- ", "1. ", "[", "]", "(", ")", "](", "`", "*", "_", "#", "|", "<", ">", "中文",
    ];

    private static string RandomText(Random random, int tokens) =>
        string.Concat(Enumerable.Range(0, tokens).Select(_ => Tokens[random.Next(Tokens.Length)]));

    // The scans as they were before the memo: the reference the memo must agree with.
    private static int PlainBackslashEnd(string t, int from, int limit, char closer)
    {
        for (var i = from; i < limit - 1; i++) { if (t[i] != '\\') continue; if (t[i + 1] == closer) return i; i++; }
        return -1;
    }

    private static int PlainDoubleDollarEnd(string t, int from, int limit)
    {
        for (var i = from; i < limit - 1; i++) { if (t[i] == '\\') { i++; continue; } if (t[i] == '$' && t[i + 1] == '$') return i; }
        return -1;
    }

    private static int PlainEnvironmentEnd(string t, int from, int limit, string name)
    {
        string begin = $"\\begin{{{name}}}", end = $"\\end{{{name}}}";
        var depth = 1;
        for (var i = from; i < limit; i++)
        {
            if (t[i] != '\\') continue;
            if (string.CompareOrdinal(t, i, begin, 0, begin.Length) == 0 && i + begin.Length <= limit) depth++;
            else if (string.CompareOrdinal(t, i, end, 0, end.Length) == 0 && i + end.Length <= limit && --depth == 0) return i + end.Length;
            else i++;
        }
        return -1;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void The_memoised_scans_answer_what_the_plain_scans_answer(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 20; round++)
        {
            var text = RandomText(random, 300 + random.Next(400));
            var limit = text.Length - random.Next(Math.Min(20, text.Length));
            for (var from = 0; from < limit; from += 1 + random.Next(3))
            {
                Assert.Equal(PlainBackslashEnd(text, from, limit, ')'), TexScanner.FindBackslashEnd(text, from, limit, ')'));
                Assert.Equal(PlainBackslashEnd(text, from, limit, ']'), TexScanner.FindBackslashEnd(text, from, limit, ']'));
                Assert.Equal(PlainDoubleDollarEnd(text, from, limit), TexScanner.FindDoubleDollarEnd(text, from, limit));
                Assert.Equal(PlainEnvironmentEnd(text, from, limit, "equation"), TexScanner.FindEnvironmentEnd(text, from, limit, "equation"));
                Assert.Equal(PlainEnvironmentEnd(text, from, limit, "align*"), TexScanner.FindEnvironmentEnd(text, from, limit, "align*"));
            }
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void The_link_guard_predicts_where_each_destination_scan_stops(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 20; round++)
        {
            var text = RandomText(random, 200);
            var stops = LinkScanGuard.ScanStops(text);
            for (var p = 0; p < text.Length; p++)
            {
                var depth = 0;
                var q = p;
                for (; q < text.Length; q++)
                {
                    if (char.IsWhiteSpace(text[q]) || char.IsControl(text[q])) break;
                    if (text[q] == '(') depth++;
                    else if (text[q] == ')' && --depth < 0) break;
                }
                Assert.Equal(q, stops[p]);
            }
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Random_Markdown_never_throws(int seed)
    {
        var random = new Random(seed);
        var pipeline = MarkdownSetup.Create();
        for (var round = 0; round < 150; round++)
        {
            var text = RandomText(random, random.Next(1, 250));
            try
            {
                var document = MarkdownFailures.Parse(text, pipeline, "x.md", 1);
                Assert.NotNull(Markdig.Markdown.ToHtml(text, pipeline));
            }
            catch (DiagnosticException)
            {
                // a refused input, reported with a place: allowed
            }
            catch (Exception e)
            {
                Assert.Fail($"seed {seed}, round {round}: {e.GetType().Name}: {e.Message}\ninput: {text}");
            }
        }
    }

    /// <summary>Inputs that made an opener scan quadratic before, by size.</summary>
    public static TheoryData<string, int> Adversarial => new()
    {
        { "\\[ x lines", 4_000 },
        { "\\( on one line", 20_000 },
        { "\\begin{equation} lines", 2_000 },
        { "\\begin{equation} on one line", 2_000 },
        { "$$ x in a paragraph", 4_000 },
        { "$a$ in one paragraph", 4_000 },
        { "$$ $$ lines in an open paragraph", 4_000 },
        { "\\b words on one line", 20_000 },
        { "[a]( links", 20_000 },
    };

    private static string Make(string kind, int n) => kind switch
    {
        "\\[ x lines" => string.Concat(Enumerable.Repeat("\\[ x\n", n)),
        "\\( on one line" => string.Concat(Enumerable.Repeat("\\(", n)),
        "\\begin{equation} lines" => string.Concat(Enumerable.Repeat("\\begin{equation}\n", n)),
        "\\begin{equation} on one line" => "a " + string.Concat(Enumerable.Repeat("\\begin{equation} ", n)),
        "$$ x in a paragraph" => "a\n" + string.Concat(Enumerable.Repeat("b $$ x\n", n)),
        "$a$ in one paragraph" => string.Concat(Enumerable.Repeat("$a$ ", n)),
        "$$ $$ lines in an open paragraph" => "a $$ b\n" + string.Concat(Enumerable.Repeat("$$ $$\n", n)),
        "\\b words on one line" => string.Concat(Enumerable.Repeat("\\bx ", n)),
        "[a]( links" => string.Concat(Enumerable.Repeat("[a](", n)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [MemberData(nameof(Adversarial))]
    public void Time_grows_linearly_with_adversarial_input(string kind, int n)
    {
        var pipeline = MarkdownSetup.Create();
        void Once(string text)
        {
            try
            {
                // What a build does with a page body: the guard, Markdig with our extensions, HTML.
                var document = MarkdownFailures.Parse(text, pipeline, "x.md", 1);
                Markdig.Markdown.ToHtml(document, pipeline);
            }
            catch (DiagnosticException) { /* refused by the guard: the time to refuse is what counts */ }
        }
        // Milliseconds of CPU for `repeat` runs, the least of three: the least disturbed by other work.
        double Time(string text, int repeat)
        {
            var best = double.MaxValue;
            for (var run = 0; run < 3; run++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var start = ThreadCpu.Now();
                for (var i = 0; i < repeat; i++) Once(text);
                best = Math.Min(best, (ThreadCpu.Now() - start).TotalMilliseconds);
            }
            return best;
        }
        const int Factor = 8;
        string textN = Make(kind, n), textLarge = Make(kind, Factor * n);
        Once(textN); // warm up: JIT and first-use costs must not count against size n
        // Enough runs that the smaller size takes some 25 ms: shorter times are mostly noise.
        var repeat = (int)Math.Clamp(Math.Ceiling(25 / Math.Max(Time(textN, 1), 0.05)), 1, 200);
        var small = Time(textN, repeat);
        var large = Time(textLarge, repeat);
        output.WriteLine($"{kind}: {small:F1} ms at n={n}, {large:F1} ms at {Factor}n ({repeat} runs each): ratio {large / small:F2}");
        Assert.True(large < 2.5 * Factor * small,
            $"{kind}: {small:F1} ms at n={n}, {large:F1} ms at {Factor}n ({repeat} runs each): ratio {large / small:F2} (linear: {Factor}, quadratic: {Factor * Factor})");
    }

    [Fact]
    public void Markdigs_quadratic_link_input_is_refused_with_its_place()
    {
        var text = "第一段。\n\n" + string.Concat(Enumerable.Repeat("[a](", 40_000));
        var e = Assert.Throws<DiagnosticException>(() => MarkdownFailures.Parse(text, MarkdownSetup.Create(), "input/posts/x.md", 6));
        Assert.Equal("input/posts/x.md", e.Diagnostic.File);
        Assert.Equal(8, e.Diagnostic.Line);
        Assert.Equal(3, e.Diagnostic.Column); // the first "](" of the paragraph
    }

    [Fact]
    public void Pages_full_of_ordinary_links_are_not_refused()
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"见[第{i}篇](https://example.org/posts/{i}/index.html)与"));
        MarkdownFailures.Parse(text, MarkdownSetup.Create(), "x.md", 1);
    }
}

/// <summary>
/// CPU time of the calling thread, from clock_gettime(CLOCK_THREAD_CPUTIME_ID) (POSIX; nanosecond
/// resolution), so that a ratio of two measurements does not depend on how busy the machine is.
/// /proc/thread-self/schedstat is not used: for the running thread it advances only at scheduler
/// ticks (4 ms), which made short runs read as zero. Elsewhere wall-clock time.
/// </summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3; // <time.h> on Linux

    private static readonly Stopwatch Wall = Stopwatch.StartNew();

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec { public long Seconds; public long Nanoseconds; }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static TimeSpan Now()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTimeId, out var t) == 0)
            return TimeSpan.FromTicks(t.Seconds * TimeSpan.TicksPerSecond + t.Nanoseconds / 100);
        return Wall.Elapsed;
    }
}

/// <summary>Timing tests run alone: other tests running at the same time would disturb the ratio.</summary>
[CollectionDefinition(nameof(TimingCollection), DisableParallelization = true)]
public sealed class TimingCollection;
