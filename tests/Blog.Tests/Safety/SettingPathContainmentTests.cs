using System.Text.Json.Nodes;
using Blog.Diagnostics;
using Blog.Tests.Support;

namespace Blog.Tests.Safety;

/// <summary>
/// Bibliographies, CSL styles and string tables are read through the same containment as posts,
/// templates and assets (<see cref="Blog.Pipelines.ContainedPaths"/>): a link outside the site is the
/// same error (a warning with <c>allowSymlinksOutside</c>), and a path in front matter or statiq.json
/// that leaves input/ by its name is an error at its line. Nothing from outside reaches the output.
/// </summary>
public sealed class SettingPathContainmentTests : IDisposable
{
    private const string Secret = "TOP-SECRET-VALUE";
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "blog-tests", "outside-" + Guid.NewGuid().ToString("N")[..8]);

    public SettingPathContainmentTests()
    {
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_outside, "x.bib"), $"@article{{k, author = {{{Secret}}}, title = {{{Secret}}}, journal = {{J}}, year = {{2020}}}}\n");
        File.Copy(Path.Combine(Blog.Typesetting.Citations.CslStyles.Folder, "apa.csl"), Path.Combine(_outside, "style.csl"));
        File.WriteAllText(Path.Combine(_outside, "zh-CN.json"), File.ReadAllText(BuiltInTable()).Replace("\"参考文献\"", $"\"{Secret}\""));
    }

    public void Dispose() => Directory.Delete(_outside, recursive: true);

    /// <summary>The built-in theme's zh-CN string table, shipped beside the tool.</summary>
    private static string BuiltInTable() => Path.Combine(TestSite.BuiltInTheme, "strings", "zh-CN.json");

    private static TestSite Site(string frontMatter = "", string body = "[@k]")
    {
        var site = SafetySite.New();
        site.WriteFile("input/posts/a.md", $"---\ntitle: a\ndate: 2020-01-01\nslug: a\n{frontMatter}---\n\n{body}\n");
        return site;
    }

    private void Link(TestSite site, string relative, string target)
    {
        var path = Path.Combine(site.Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (File.Exists(path)) File.Delete(path);
        File.CreateSymbolicLink(path, Path.Combine(_outside, target));
    }

    private static void AssertNothingPublished(TestSite site)
    {
        if (!Directory.Exists(site.OutputFolder)) return;
        Assert.False(Directory.EnumerateFiles(site.OutputFolder, "*", SearchOption.AllDirectories)
            .Any(f => File.ReadAllText(f).Contains(Secret)), "a file from outside the site reached the output");
    }

    public static TheoryData<string, string, string> Links => new()
    {
        // link in the site, its target outside, the front matter that uses it
        { "input/refs.bib", "x.bib", "bibliography: refs.bib\n" },
        { "input/styles/s.csl", "style.csl", "bibliography: ok.bib\ncsl: styles/s.csl\n" },
        { "theme/strings/zh-CN.json", "zh-CN.json", "bibliography: ok.bib\n" },
    };

    [Theory]
    [MemberData(nameof(Links))]
    public async Task A_link_outside_is_refused_for_every_kind_of_file(string link, string target, string frontMatter)
    {
        using var site = Site(frontMatter);
        site.WriteFile("input/ok.bib", "@article{k, author = {A}, title = {T}, journal = {J}, year = {2020}}\n");
        if (link.StartsWith("theme/")) Directory.CreateDirectory(Path.Combine(site.Root, "theme", "strings"));
        Link(site, link, target);

        var result = await site.BuildAsync();

        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(link, error.File);
        Assert.Contains("allowSymlinksOutside", error.Hint ?? error.Message);
        AssertNothingPublished(site);
    }

    [Theory]
    [MemberData(nameof(Links))]
    public async Task With_allowSymlinksOutside_the_link_is_followed(string link, string target, string frontMatter)
    {
        using var site = Site(frontMatter);
        site.Settings(s => s["allowSymlinksOutside"] = true);
        site.WriteFile("input/ok.bib", "@article{k, author = {A}, title = {T}, journal = {J}, year = {2020}}\n");
        Link(site, link, target);
        await site.BuildOkAsync();
    }

    [Theory]
    [InlineData("bibliography: ../../outside/x.bib\n", "bibliography file")]
    [InlineData("bibliography: [ok.bib, ../x.bib]\n", "bibliography file")]
    [InlineData("bibliography: /etc/x.bib\n", "bibliography file")]
    [InlineData("bibliography: ok.bib\ncsl: ../outside/style.csl\n", "citation style")]
    [InlineData("bibliography: ok.bib\ncsl: /tmp/style.csl\n", "citation style")]
    public async Task A_front_matter_path_that_leaves_input_is_an_error_at_its_line(string frontMatter, string what)
    {
        using var site = Site(frontMatter);
        site.WriteFile("input/ok.bib", "@article{k, author = {A}, title = {T}, journal = {J}, year = {2020}}\n");

        var result = await site.BuildAsync();

        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("input/posts/a.md", error.File.Replace('\\', '/'));
        var key = frontMatter.Contains("csl:") ? "csl:" : "bibliography:";
        Assert.Equal(Array.FindIndex(frontMatter.Split('\n'), l => l.StartsWith(key)) + 5, error.Line); // after ---, title, date, slug
        Assert.Contains(what, error.Message);
        Assert.Contains("outside input/", error.Message);
    }

    [Fact]
    public async Task A_settings_path_that_leaves_input_is_an_error_in_statiq_json()
    {
        using var site = Site();
        site.Settings(s => s["bibliography"] = new JsonArray(Path.Combine(_outside, "x.bib")));

        var result = await site.BuildAsync();

        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("statiq.json", error.File);
        Assert.Contains("outside input/", error.Message);
        AssertNothingPublished(site);
    }
}
