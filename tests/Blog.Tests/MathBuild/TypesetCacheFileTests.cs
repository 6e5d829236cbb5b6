using System.Text;
using Blog.Diagnostics;
using Blog.Tests.Support;
using Blog.Typesetting;

namespace Blog.Tests.MathBuild;

/// <summary>
/// Build mode keeps every typeset formula in one verified file, <c>.cache/mathjax/typeset.json</c>
/// (<see cref="TypesetCache"/>): a warm build reads that one file and typesets nothing; a changed formula
/// is typeset again and added; a damaged file is one warning, the output stays what a clean build writes,
/// and the file is written anew. Counted with the build's <see cref="MathCounts"/> and the file's bytes, never timed.
/// </summary>
public sealed class TypesetCacheFileTests
{
    private static string Post(string slug, string body) => $"---\ntitle: 测试{slug}\ndate: 2020-01-01\nslug: {slug}\n---\n\n{body}\n";

    private const string A = "设 $\\alpha+\\beta$ 与 $a_1$。\n\n$$\n\\sum_{i=1}^n x_i\n$$\n\n\\begin{equation}E=mc^2\\label{eq:e}\\end{equation}\n\n见 $\\eqref{eq:e}$。";
    private const string B = "同样 $\\alpha+\\beta$ 与 $b_2$。";

    // Pagefind runs in Node on every build; off, so only typesetting is counted here.
    private static TestSite Site() => TestSite.Empty().Settings(s => s["search"] = false)
        .WriteFile("input/posts/a.md", Post("a", A))
        .WriteFile("input/posts/b.md", Post("b", B));

    private static string CacheFile(TestSite site) => Path.Combine(site.Root, ".cache", "mathjax", TypesetCache.FileName);

    private static IReadOnlyList<string> Pages(TestSite site) => [site.ReadOutput("2020/01/a/index.html"), site.ReadOutput("2020/01/b/index.html")];

    private static IReadOnlyList<Diagnostic> CacheWarnings(Blog.Site.BuildResult result) =>
        [.. result.Diagnostics.Where(d => d.Severity == Severity.Warning && d.File.StartsWith(".cache/mathjax", StringComparison.Ordinal))];

    [Fact]
    public async Task A_build_keeps_its_formulas_in_one_file_and_a_warm_build_reads_it_without_writing()
    {
        using var site = Site();
        var cold = (await site.BuildOkAsync()).Math!;
        Assert.True(cold.Typeset > 0);
        var mathjax = Path.Combine(site.Root, ".cache", "mathjax");
        // One file of formulas (and the site's stylesheet): no file per formula.
        Assert.Equal([TypesetCache.FileName], Directory.GetFiles(mathjax).Select(Path.GetFileName));
        Assert.Equal(["site"], Directory.GetDirectories(mathjax).Select(Path.GetFileName));
        var pages = Pages(site);
        var bytes = File.ReadAllBytes(CacheFile(site));
        var written = File.GetLastWriteTimeUtc(CacheFile(site));

        var warm = await site.BuildOkAsync();
        Assert.Equal(0, warm.Math!.Typeset);
        Assert.Equal(0, warm.Math.WorkersStarted);
        Assert.Equal(cold.Total, warm.Math.CacheHits);
        Assert.Empty(CacheWarnings(warm));
        Assert.Equal(pages, Pages(site));
        // Nothing new: the file is not written again.
        Assert.Equal(bytes, File.ReadAllBytes(CacheFile(site)));
        Assert.Equal(written, File.GetLastWriteTimeUtc(CacheFile(site)));
    }

    [Theory]
    [InlineData("a", "设 $\\alpha+\\gamma$ 与 $a_1$。\n\n$$\n\\sum_{i=1}^n x_i\n$$\n\n\\begin{equation}E=mc^2\\label{eq:e}\\end{equation}\n\n见 $\\eqref{eq:e}$。", 1)] // an inline formula
    [InlineData("a", "设 $\\alpha+\\beta$ 与 $a_1$。\n\n$$\n\\sum_{i=1}^n x_i\n$$\n\n\\begin{equation}E=mc^3\\label{eq:e}\\end{equation}\n\n见 $\\eqref{eq:e}$。", 2)] // a numbered one: the page's group again
    [InlineData("b", "同样 $\\alpha+\\beta$ 与 $b_2$，以及 $$\\int_0^1 x\\,dx$$。", 1)] // a display formula added
    public async Task A_changed_formula_is_typeset_again_added_to_the_file_and_then_read_from_it(string slug, string body, int typeset)
    {
        using var site = Site();
        await site.BuildOkAsync();
        var before = File.ReadAllText(CacheFile(site));

        site.WriteFile($"input/posts/{slug}.md", Post(slug, body));
        var changed = await site.BuildOkAsync();
        Assert.Equal(typeset, changed.Math!.Typeset);
        Assert.NotEqual(before, File.ReadAllText(CacheFile(site)));
        var pages = Pages(site);

        // The same output as a build without any cache.
        Directory.Delete(Path.Combine(site.Root, ".cache"), recursive: true);
        await site.BuildOkAsync();
        Assert.Equal(pages, Pages(site));

        var again = await site.BuildOkAsync();
        Assert.Equal(0, again.Math!.Typeset);
        Assert.Equal(pages, Pages(site));
    }

    public static TheoryData<string> Damages() => new()
    {
        "a byte changed",
        "cut in half",
        "empty",
        "the hash only",
        "right hash, not ours",
        "right hash, an entry without its usage",
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task A_damaged_file_is_one_warning_the_output_is_unchanged_and_the_file_is_written_anew(string damage)
    {
        using var site = Site();
        await site.BuildOkAsync();
        var pages = Pages(site);
        var path = CacheFile(site);
        var text = File.ReadAllText(path);
        File.WriteAllText(path, damage switch
        {
            "a byte changed" => text.Replace("mjx-container", "mjx-kontainer"),
            "cut in half" => text[..(text.Length / 2)],
            "empty" => "",
            "the hash only" => text[..65],
            "right hash, not ours" => Verified("[1, 2, 3]"),
            "right hash, an entry without its usage" => Verified("{\"k\": {\"html\": [\"<b>x</b>\"], \"errors\": []}}"),
            _ => throw new ArgumentOutOfRangeException(nameof(damage)),
        }, new UTF8Encoding(false));

        var damaged = await site.BuildAsync();
        Assert.True(damaged.Success, string.Join("\n", damaged.Diagnostics));
        var warning = Assert.Single(CacheWarnings(damaged));
        Assert.Contains(TypesetCache.FileName, warning.Message);
        Assert.True(damaged.Math!.Typeset > 0);
        Assert.Equal(pages, Pages(site));

        // Written anew: the next build reads it again, with no warning and nothing typeset.
        var next = await site.BuildOkAsync();
        Assert.Empty(CacheWarnings(next));
        Assert.Equal(0, next.Math!.Typeset);
        Assert.Equal(pages, Pages(site));
    }

    [Fact]
    public async Task Entries_a_build_no_longer_uses_are_dropped_once_they_outnumber_the_used_ones()
    {
        using var site = Site();
        await site.BuildOkAsync();
        var full = File.ReadAllText(CacheFile(site));

        // Post a left out for a while (a draft): its formulas stay in the file, while they are no more than the used ones.
        site.WriteFile("input/posts/a.md", Post("a", A).Replace("slug: a\n", "slug: a\ndraft: true\n"));
        site.WriteFile("input/posts/b.md", Post("b", B + "\n\n又 $c_3$ 与 $d_4$ 与 $e_5$ 与 $f_6$。"));
        await site.BuildOkAsync();
        site.WriteFile("input/posts/a.md", Post("a", A));
        var back = await site.BuildOkAsync();
        Assert.Equal(0, back.Math!.Typeset);

        // Once a build uses far fewer than the file holds, the rest goes.
        site.DeleteFile("input/posts/a.md");
        site.WriteFile("input/posts/b.md", Post("b", "只有 $z$。"));
        await site.BuildOkAsync();
        Assert.True(File.ReadAllText(CacheFile(site)).Length < full.Length / 2);
    }

    /// <summary>Text in the verified form (its SHA-256, a newline, the text), as the cache writes it.</summary>
    private static string Verified(string content) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(content))) + "\n" + content;
}
