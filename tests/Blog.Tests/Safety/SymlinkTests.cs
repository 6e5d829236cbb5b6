using Blog.Diagnostics;
using Blog.Tests.Support;

namespace Blog.Tests.Safety;

/// <summary>
/// Issue 18.2: a build reads files only from inside the site once symbolic links are followed. A
/// link to a file or folder outside is an error at the link's path (or, with
/// <c>allowSymlinksOutside</c>, a warning), in every folder the build reads; a link loop is
/// reported once, with no exception.
/// </summary>
public sealed class SymlinkTests : IDisposable
{
    private const string Post = "---\ntitle: 文章\ndate: 2020-01-01\nslug: a\n---\n\n正文。\n";
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "blog-tests", "outside-" + Guid.NewGuid().ToString("N")[..8]);

    public SymlinkTests()
    {
        Directory.CreateDirectory(Path.Combine(_outside, "folder"));
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), "TOP-SECRET-VALUE");
        File.WriteAllText(Path.Combine(_outside, "folder", "secret.txt"), "TOP-SECRET-VALUE");
        File.WriteAllText(Path.Combine(_outside, "post.md"), "---\ntitle: 外面\ndate: 2020-01-02\nslug: out\n---\n\nTOP-SECRET-VALUE\n");
        File.WriteAllText(Path.Combine(_outside, "partial.sbn-html"), "TOP-SECRET-VALUE");
    }

    public void Dispose() => Directory.Delete(_outside, recursive: true);

    private static TestSite NewSite() => SafetySite.New()
        .WriteFile("input/posts/a.md", Post);

    private static void Link(TestSite site, string relative, string target)
    {
        var path = Path.Combine(site.Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (Directory.Exists(target)) Directory.CreateSymbolicLink(path, target);
        else File.CreateSymbolicLink(path, target);
    }

    public static TheoryData<string, string> OutsideLinks => new()
    {
        // link path in the site, target under the outside folder
        { "input/assets/notes.txt", "secret.txt" },
        { "input/assets/docs", "folder" },
        { "input/posts/stolen.md", "post.md" },
        { "input/pages/about.md", "post.md" },
        { "theme/assets/css/extra.css", "secret.txt" },
        { "theme/partials/footer.sbn-html", "partial.sbn-html" },
        { "theme/layouts/post.sbn-html", "partial.sbn-html" },
    };

    [Theory]
    [MemberData(nameof(OutsideLinks))]
    public async Task A_link_out_of_the_site_is_an_error_at_its_path_and_nothing_is_published(string link, string target)
    {
        using var site = NewSite();
        if (link.StartsWith("theme/", StringComparison.Ordinal) && File.Exists(Path.Combine(site.Root, link))) File.Delete(Path.Combine(site.Root, link));
        Link(site, link, Path.Combine(_outside, target));

        var result = await site.BuildAsync();

        Assert.False(result.Success, "the build succeeded");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(link, error.File);
        Assert.Contains("outside the site", error.Message);
        Assert.Contains("allowSymlinksOutside", error.Hint);
        Assert.False(Directory.Exists(site.OutputFolder) && Directory.EnumerateFiles(site.OutputFolder, "*", SearchOption.AllDirectories)
            .Any(f => File.ReadAllText(f).Contains("TOP-SECRET-VALUE")), "a file from outside the site reached the output");
    }

    [Fact]
    public async Task With_allowSymlinksOutside_the_file_is_read_with_a_warning()
    {
        using var site = NewSite().Settings(s => s["allowSymlinksOutside"] = true);
        Link(site, "input/assets/notes.txt", Path.Combine(_outside, "secret.txt"));

        var result = await site.BuildOkAsync();

        var warning = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Warning && d.File == "input/assets/notes.txt");
        Assert.Contains("allowSymlinksOutside", warning.Message);
        Assert.Equal("TOP-SECRET-VALUE", site.ReadOutput("assets/notes.txt"));
    }

    [Fact]
    public async Task A_link_that_stays_inside_the_site_is_followed()
    {
        using var site = NewSite();
        site.WriteFile("input/data/table.csv", "n\n1\n");
        Link(site, "input/assets/table.csv", Path.Combine(site.Root, "input", "data", "table.csv"));
        Link(site, "input/assets/more", Path.Combine(site.Root, "input", "data"));

        var result = await site.BuildOkAsync();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.Equal("n\n1\n", site.ReadOutput("assets/table.csv"));
        Assert.Equal("n\n1\n", site.ReadOutput("assets/more/table.csv"));
    }

    [Theory]
    [InlineData("input/posts/loop", ".")]          // a folder that contains itself
    [InlineData("input/posts/deep/loop", "..")]    // a folder that contains its parent
    [InlineData("input/assets/self", "self")]      // a file link to itself
    public async Task A_link_loop_is_reported_once_without_an_exception(string link, string target)
    {
        using var site = NewSite();
        var path = Path.Combine(site.Root, link);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);

        var result = await site.BuildAsync();

        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(link, error.File);
        Assert.Contains("loop", error.Message);
    }

    [Fact]
    public async Task A_data_file_linked_out_of_the_site_is_not_read_by_a_compute_block()
    {
        using var site = NewSite();
        Link(site, "input/data/secret.txt", Path.Combine(_outside, "secret.txt"));
        site.WriteFile("input/posts/a.md", "---\ntitle: 文章\ndate: 2020-01-01\nslug: a\n---\n\n```{csharp}\nData.ReadText(\"secret.txt\")\n```\n");

        var result = await site.BuildAsync();

        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("input/posts/a.md", error.File);
        Assert.Contains("outside the data folder", error.Message);
    }

    [Fact]
    public void The_preview_refuses_an_output_file_that_links_out()
    {
        var root = Path.Combine(_outside, "served");
        Directory.CreateDirectory(root);
        File.CreateSymbolicLink(Path.Combine(root, "leak.txt"), Path.Combine(_outside, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(root, "dir"), Path.Combine(_outside, "folder"));
        File.WriteAllText(Path.Combine(root, "ok.txt"), "ok");
        File.CreateSymbolicLink(Path.Combine(root, "loop"), Path.Combine(root, "loop"));

        Assert.True(Blog.Preview.SiteFiles.StaysInside(root, Path.Combine(root, "ok.txt")));
        Assert.False(Blog.Preview.SiteFiles.StaysInside(root, Path.Combine(root, "leak.txt")));
        Assert.False(Blog.Preview.SiteFiles.StaysInside(root, Path.Combine(root, "dir", "secret.txt")));
        Assert.False(Blog.Preview.SiteFiles.StaysInside(root, Path.Combine(root, "loop")));
    }

    [Fact]
    public void Resolve_replaces_every_link_on_the_way()
    {
        var real = Path.Combine(_outside, "real");
        Directory.CreateDirectory(Path.Combine(real, "sub"));
        Directory.CreateSymbolicLink(Path.Combine(_outside, "alias"), "real");
        Directory.CreateSymbolicLink(Path.Combine(real, "up"), "..");
        Assert.Equal(Blog.Paths.PathContainment.Resolve(Path.Combine(real, "sub")),
            Blog.Paths.PathContainment.Resolve(Path.Combine(_outside, "alias", "up", "real", "sub")));
    }
}
