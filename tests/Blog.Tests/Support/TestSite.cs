using System.Diagnostics;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Blog.Site;

namespace Blog.Tests.Support;

/// <summary>
/// A site in a temp folder: a copy of the repository's site (input/, theme/, statiq.json) or a
/// minimal one with the repository's theme, with files and settings overridden per test. Builds
/// in process through <see cref="SiteBuilder"/> or through the real CLI process, and parses the
/// output with AngleSharp. Deleted on dispose.
/// </summary>
public sealed class TestSite : IDisposable
{
    /// <summary>The folder holding Blog.sln, found by walking up from the test assembly.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    public string Root { get; }
    public string OutputFolder => Path.Combine(Root, "output");
    public BuildResult? Result { get; private set; }

    private TestSite(string root) => Root = root;

    /// <summary>A copy of the repository's sample blog.</summary>
    public static TestSite FromRepo()
    {
        var site = new TestSite(NewTempFolder());
        CopyFolder(Path.Combine(RepoRoot, "input"), Path.Combine(site.Root, "input"));
        CopyFolder(Path.Combine(RepoRoot, "theme"), Path.Combine(site.Root, "theme"));
        File.Copy(Path.Combine(RepoRoot, "statiq.json"), Path.Combine(site.Root, "statiq.json"));
        return site;
    }

    /// <summary>The repository's theme and settings with no content: add posts with <see cref="WriteFile"/>.</summary>
    public static TestSite Empty()
    {
        var site = new TestSite(NewTempFolder());
        CopyFolder(Path.Combine(RepoRoot, "theme"), Path.Combine(site.Root, "theme"));
        File.Copy(Path.Combine(RepoRoot, "statiq.json"), Path.Combine(site.Root, "statiq.json"));
        Directory.CreateDirectory(Path.Combine(site.Root, "input", "posts"));
        // The sample's statiq.json names the sample's input/references.bib, which an empty site lacks.
        site.Settings(s => s.Remove("bibliography"));
        return site;
    }

    /// <summary>Writes (or overwrites) a file relative to the site root, e.g. "input/posts/x.md".</summary>
    public TestSite WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
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
