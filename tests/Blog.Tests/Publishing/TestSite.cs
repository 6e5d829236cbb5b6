using Blog.Site;

namespace Blog.Tests.Publishing;

/// <summary>
/// A site in a temporary folder: statiq.json, the Markdown files a test writes, the repository's
/// theme. Optionally starts from the repository's own sample content. Deleted on dispose.
/// </summary>
public sealed class TestSite : IDisposable
{
    public static readonly string RepoRoot = FindRepoRoot();

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "blog-publish-" + Guid.NewGuid().ToString("N")[..10]);
    public string Output => Path.Combine(Root, "output");

    public TestSite(string baseUrl = "https://user.github.io/repo/", bool withSampleContent = false)
    {
        Directory.CreateDirectory(Path.Combine(Root, "input", "posts"));
        if (withSampleContent) CopyFolder(Path.Combine(RepoRoot, "input"), Path.Combine(Root, "input"));
        File.WriteAllText(Path.Combine(Root, "statiq.json"), $$"""
            { "title": "Test blog", "description": "A test site.", "author": "Tester", "baseUrl": "{{baseUrl}}", "language": "zh-CN" }
            """);
    }

    public TestSite Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n"));
        return this;
    }

    public BuildOptions Options(string? baseUrl = null) => new()
    {
        SiteRoot = Root,
        Theme = Directory.Exists(Path.Combine(Root, "theme")) ? null : Path.Combine(RepoRoot, "theme"),
        BaseUrl = baseUrl,
    };

    public Task<BuildResult> BuildAsync(string? baseUrl = null) => SiteBuilder.BuildAsync(Options(baseUrl));

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Blog.sln"))) return dir.FullName;
        throw new InvalidOperationException("Blog.sln not found above " + AppContext.BaseDirectory);
    }
}
