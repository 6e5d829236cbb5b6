using System.Text.Json.Nodes;
using Blog.Tests.Support;
using YamlDotNet.Serialization;

namespace Blog.Tests.Site;

/// <summary>
/// The frozen sample blog (tests/Blog.Tests/Fixtures/sample-blog) built once into a temp folder for the whole-site tests, and what
/// its input says the output must hold, read independently of the generator (plain YamlDotNet).
/// </summary>
public sealed class RepoSite : IAsyncLifetime
{
    public TestSite Site { get; } = TestSite.Sample();
    public IReadOnlyList<SourcePost> Posts { get; private set; } = [];
    public string BaseUrl { get; private set; } = "";
    public int PostsPerPage { get; private set; }

    public async Task InitializeAsync()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(Site.Root, "statiq.json")))!;
        BaseUrl = (string)settings["baseUrl"]!;
        PostsPerPage = (int?)settings["postsPerPage"] ?? 10;
        Posts = SourcePost.ReadAll(Path.Combine(Site.Root, "input", "posts")).Where(p => !p.Draft).ToList();
        await Site.BuildOkAsync();
    }

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>A post's front matter as written, with the URL the default permalink pattern gives it.</summary>
public sealed record SourcePost(string File, string Title, DateTime Date, string Slug, IReadOnlyList<string> Tags,
    IReadOnlyList<string> Categories, bool Draft)
{
    /// <summary>Site path by the repository's pattern /{year}/{month}/{slug}/.</summary>
    public string Path => $"/{Date:yyyy}/{Date:MM}/{Slug}/";
    public string OutputFile => Path.TrimStart('/') + "index.html";

    public static IEnumerable<SourcePost> ReadAll(string folder) =>
        Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal).Select(Read);

    public static SourcePost Read(string file)
    {
        var text = System.IO.File.ReadAllText(file).Replace("\r\n", "\n");
        var yaml = text.Split("\n---", 2)[0].TrimStart('-');
        var fm = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object?>>(yaml);
        IReadOnlyList<string> List(string key) => fm.TryGetValue(key, out var v) && v is List<object> l ? l.Select(x => x.ToString()!).ToList() : [];
        return new SourcePost(
            System.IO.Path.GetFileName(file),
            fm["title"]!.ToString()!,
            DateTime.Parse(fm["date"]!.ToString()!, System.Globalization.CultureInfo.InvariantCulture),
            fm.TryGetValue("slug", out var slug) && slug is not null ? slug.ToString()! : System.IO.Path.GetFileNameWithoutExtension(file),
            List("tags"), List("categories"),
            fm.TryGetValue("draft", out var d) && d?.ToString() == "true");
    }
}
