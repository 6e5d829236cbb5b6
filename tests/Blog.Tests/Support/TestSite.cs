using System.Diagnostics;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Blog.Site;

namespace Blog.Tests.Support;

/// <summary>
/// A site in a temp folder, built with the tool's built-in theme: a copy of the frozen sample blog
/// (<see cref="Sample"/>, from <c>tests/Blog.Tests/Fixtures/sample-blog/</c>) or a minimal one
/// (<see cref="Empty"/>), with files and settings overridden per test. Never the repository's live
/// <c>input/</c>, <c>theme/</c> or <c>statiq.json</c>: those are the blogger's, tested only by
/// <c>Site/YourBlogTests</c>. Builds in process through <see cref="SiteBuilder"/> or through the real
/// CLI process, and parses the output with AngleSharp. Deleted on dispose.
/// </summary>
public sealed class TestSite : IDisposable
{
    /// <summary>The folder holding Blog.sln, found by walking up from the test assembly.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The frozen copy of the sample blog (input/ and statiq.json) that <see cref="Sample"/> copies.</summary>
    public static string SampleFixture { get; } = Path.Combine(RepoRoot, "tests", "Blog.Tests", "Fixtures", "sample-blog");

    /// <summary>The theme shipped with the tool (the folder beside blog.dll), which a site's theme/ overrides file by file.</summary>
    public static string BuiltInTheme => ThemeFolders.BuiltInFolder;

    /// <summary>
    /// The settings of <see cref="Empty"/>: the sample blog's, without its bibliography (an empty site has
    /// no references.bib). Tests rely on the language (zh-CN), the zone (+08:00), the permalink
    /// pattern, five posts a page and the math macros \R, \E and \bm.
    /// </summary>
    public const string MinimalSettings = """
        {
          "title": "科学空间",
          "description": "一个关于数学、概率与机器学习的中文博客。",
          "author": "苏剑林",
          "baseUrl": "http://localhost:5080/",
          "language": "zh-CN",
          "timeZone": "+08:00",
          "permalink": "/{year}/{month}/{slug}/",
          "postsPerPage": 5,
          "feedSize": 20,
          "math": {
            "macros": {
              "R": "\\mathbb{R}",
              "E": "\\mathbb{E}",
              "bm": ["\\boldsymbol{#1}", 1]
            }
          }
        }
        """;

    public string Root { get; }
    public string OutputFolder => Path.Combine(Root, "output");
    public BuildResult? Result { get; private set; }

    private TestSite(string root) => Root = root;

    /// <summary>A copy of the frozen sample blog (<see cref="SampleFixture"/>) with the built-in theme.</summary>
    public static TestSite Sample()
    {
        var site = new TestSite(NewTempFolder());
        CopyFolder(SampleFixture, site.Root);
        return site;
    }

    /// <summary>
    /// <see cref="MinimalSettings"/>, no theme/ (so the built-in theme) and no content: add posts with
    /// <see cref="WriteFile"/>, theme overrides with <see cref="WriteFile"/> or <see cref="EjectThemeFile"/>.
    /// </summary>
    public static TestSite Empty()
    {
        var site = new TestSite(NewTempFolder());
        site.WriteFile("statiq.json", MinimalSettings);
        Directory.CreateDirectory(Path.Combine(site.Root, "input", "posts"));
        return site;
    }

    /// <summary>An empty folder, no statiq.json: for <c>blog init</c> and for what commands do outside a blog.</summary>
    public static TestSite Blank() => new(NewTempFolder());

    /// <summary>Writes (or overwrites) a file relative to the site root, e.g. "input/posts/x.md".</summary>
    public TestSite WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    /// <summary>
    /// Copies a built-in theme file into the site's theme/ to edit it there, as <c>blog theme eject FILE</c>
    /// does; returns its path. <paramref name="themePath"/> is relative to the theme, e.g. "layouts/post.sbn-html".
    /// </summary>
    public string EjectThemeFile(string themePath)
    {
        var target = Path.Combine(Root, "theme", themePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Path.Combine(BuiltInTheme, themePath), target, overwrite: true);
        return target;
    }

    public TestSite DeleteFile(string relativePath)
    {
        File.Delete(Path.Combine(Root, relativePath));
        return this;
    }

    /// <summary>Edits statiq.json, e.g. <c>s =&gt; s["math"]!["render"] = "client"</c>.</summary>
    public TestSite Settings(Action<JsonObject> edit)
    {
        var path = Path.Combine(Root, "statiq.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(json);
        File.WriteAllText(path, json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        return this;
    }

    /// <summary>Builds in process into <see cref="OutputFolder"/>.</summary>
    public async Task<BuildResult> BuildAsync(bool drafts = false, string? baseUrl = null)
    {
        Result = await SiteBuilder.BuildAsync(new BuildOptions { SiteRoot = Root, Drafts = drafts, BaseUrl = baseUrl });
        return Result;
    }

    /// <summary>Builds and fails the test with every diagnostic when the build fails.</summary>
    public async Task<BuildResult> BuildOkAsync(bool drafts = false, string? baseUrl = null)
    {
        var result = await BuildAsync(drafts, baseUrl);
        Assert.True(result.Success, "Build failed:\n" + string.Join("\n", result.Diagnostics));
        AssertPageInvariants();
        return result;
    }

    /// <summary>Fails the test with every problem <see cref="PageInvariants"/> finds on the output's pages.</summary>
    public void AssertPageInvariants()
    {
        var problems = PageInvariants.Problems(OutputFolder);
        Assert.True(problems.Count == 0, "The pages break what must hold on every page:\n" + string.Join("\n", problems.Take(40)));
    }

    /// <summary>Runs the real tool, <c>dotnet blog.dll args…</c>, in the site folder.</summary>
    public CliResult RunCli(params string[] args) => RunCliWith(new Dictionary<string, string>(), args);

    /// <summary>Runs the real tool with extra environment variables, e.g. <c>TZ</c> for the build machine's zone.</summary>
    public CliResult RunCliWith(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "blog.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"blog {string.Join(' ', args)} did not finish in 2 minutes.");
        }
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    public bool OutputExists(string relativePath) => File.Exists(Path.Combine(OutputFolder, relativePath));

    public string ReadOutput(string relativePath)
    {
        var path = Path.Combine(OutputFolder, relativePath);
        Assert.True(File.Exists(path), $"output/{relativePath} was not written.");
        return File.ReadAllText(path);
    }

    /// <summary>An output page parsed with AngleSharp; "2019/11/x/" means its index.html.</summary>
    public IDocument Html(string relativePath) =>
        ParseHtml(ReadOutput(relativePath.EndsWith('/') || relativePath.Length == 0 ? relativePath + "index.html" : relativePath));

    /// <summary>Every .html file of the output, as paths relative to it with '/' separators.</summary>
    public IReadOnlyList<string> HtmlFiles() => Directory.EnumerateFiles(OutputFolder, "*.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(OutputFolder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    public static IDocument ParseHtml(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>A hash of every file name and byte under a folder, to prove a failed build touched nothing.</summary>
    public static string HashFolder(string folder)
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file) + "\0"));
            sha.AppendData(File.ReadAllBytes(file));
            sha.AppendData(BitConverter.GetBytes(File.GetLastWriteTimeUtc(file).Ticks));
        }
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { /* a leftover temp folder must not fail a test */ }
    }

    private static string NewTempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "blog-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        return path;
    }

    private static void CopyFolder(string from, string to)
    {
        if (!Directory.Exists(from)) return;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Blog.sln"))) return dir.FullName;
        throw new InvalidOperationException($"Blog.sln not found above {AppContext.BaseDirectory}.");
    }
}

public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit code {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
