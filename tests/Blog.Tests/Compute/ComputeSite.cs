using Blog.Diagnostics;
using Blog.Site;
using Blog.Tests.Support;

namespace Blog.Tests.Compute;

/// <summary>A temp site for compute tests: posts written from bodies, builds with or without the cache, places of text.</summary>
public sealed class ComputeSite : IDisposable
{
    public TestSite Site { get; } = TestSite.Empty();

    /// <summary>Writes input/posts/{slug}.md; the body starts on line 6 of the file.</summary>
    public ComputeSite Post(string slug, string body)
    {
        Site.WriteFile($"input/posts/{slug}.md", $"---\ntitle: {slug}\ndate: 2020-01-01\nslug: {slug}\n---\n{body}");
        return this;
    }

    public string PostPath(string slug) => $"input/posts/{slug}.md";

    /// <summary>1-based line and column of the first occurrence of <paramref name="text"/> in a post's file.</summary>
    public (int Line, int Column) Find(string slug, string text)
    {
        var lines = File.ReadAllLines(Path.Combine(Site.Root, PostPath(slug)));
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].IndexOf(text, StringComparison.Ordinal) is var c and >= 0) return (i + 1, c + 1);
        throw new InvalidOperationException($"'{text}' not in {slug}");
    }

    public Task<BuildResult> BuildAsync(bool noCache = false) =>
        SiteBuilder.BuildAsync(new BuildOptions { SiteRoot = Site.Root, NoCache = noCache });

    public async Task<BuildResult> BuildOkAsync(bool noCache = false)
    {
        var result = await BuildAsync(noCache);
        Assert.True(result.Success, "Build failed:\n" + string.Join("\n", result.Diagnostics));
        return result;
    }

    public static Diagnostic SingleError(BuildResult result)
    {
        Assert.False(result.Success);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 1, string.Join("\n", result.Diagnostics));
        return errors[0];
    }

    public string Page(string slug) => Site.ReadOutput($"2020/01/{slug}/index.html");

    /// <summary>A file a block appends to each time it really runs: counts runs across builds.</summary>
    public string RunLog(string name) => Path.Combine(Site.Root, name + ".log").Replace("\\", "/");

    public int Runs(string name) => File.Exists(RunLog(name)) ? File.ReadAllText(RunLog(name)).Length : 0;

    public string LogCall(string name) => $"System.IO.File.AppendAllText(\"{RunLog(name)}\", \"x\");";

    /// <summary>Every output file's text (not its time), by path: two builds are compared by content.</summary>
    public SortedDictionary<string, string> OutputFiles() => new(
        Directory.EnumerateFiles(Site.OutputFolder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Site.OutputFolder, f).Replace('\\', '/'), File.ReadAllText), StringComparer.Ordinal);

    /// <summary>Fails with the first file and place where two outputs differ.</summary>
    public static void AssertSameOutput(SortedDictionary<string, string> expected, SortedDictionary<string, string> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, text) in expected)
        {
            var other = actual[path];
            if (text == other) continue;
            var at = Enumerable.Range(0, System.Math.Min(text.Length, other.Length)).FirstOrDefault(i => text[i] != other[i]);
            string Around(string s) => s.Substring(System.Math.Max(0, at - 80), System.Math.Min(200, s.Length - System.Math.Max(0, at - 80)));
            Assert.Fail($"{path} differs at {at}:\n--- first\n{Around(text)}\n--- second\n{Around(other)}");
        }
    }

    public string CacheFolder => Path.Combine(Site.Root, ".cache", "compute");

    public void Dispose() => Site.Dispose();
}
