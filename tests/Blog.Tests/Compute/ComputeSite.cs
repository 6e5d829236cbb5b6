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

    /// <summary>Every output file's bytes (not times) hashed: two builds are compared by content.</summary>
    public string OutputHash()
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(Site.OutputFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(Site.OutputFolder, file) + "\0"));
            sha.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    public string CacheFolder => Path.Combine(Site.Root, ".cache", "compute");

    public void Dispose() => Site.Dispose();
}
