using Blog.Tests.Support;

namespace Blog.Tests.Content;

/// <summary>
/// Files beside a post (Hugo's page bundles): <c>x/index.md</c> with its files, and <c>x.md</c> with
/// <c>![](fig.png)</c> or <c>![](x/fig.png)</c> next to it. The files are copied under the post's
/// permalink folder, linked with the base path, link-checked, and a missing one is an error at its
/// file, line and column.
/// </summary>
public sealed class PageBundleTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"><rect width=\"4\" height=\"4\"/></svg>";

    private static TestSite BundleSite()
    {
        var site = TestSite.Empty();
        site.Settings(s => { s["language"] = "en"; s["search"] = false; });
        // A leaf bundle: x/index.md and its files, one of them in a subfolder and one linked from nowhere.
        site.WriteFile("input/posts/x/index.md", """
            ---
            title: Bundle
            date: 2020-01-05
            ---
            A figure ![a figure](fig.png) first.

            ![diagram](diagram.svg) and ![nested](img/a.png "Nested") and [the paper](paper.pdf#page=2).
            """);
        WriteBytes(site, "input/posts/x/fig.png", Png);
        site.WriteFile("input/posts/x/diagram.svg", Svg);
        WriteBytes(site, "input/posts/x/paper.pdf", [0x25, 0x50, 0x44, 0x46]);
        WriteBytes(site, "input/posts/x/img/a.png", Png);
        site.WriteFile("input/posts/x/data.csv", "a,b\n1,2\n");
        // A post file with files beside it and in a folder of its name.
        site.WriteFile("input/posts/y.md", "---\ntitle: Beside\ndate: 2020-02-03\n---\n![side](side.png) and ![in folder](y/fig%20one.png).\n");
        WriteBytes(site, "input/posts/side.png", Png);
        WriteBytes(site, "input/posts/y/fig one.png", Png);
        return site;
    }

    private static void WriteBytes(TestSite site, string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(site.Root, path))!);
        File.WriteAllBytes(Path.Combine(site.Root, path), bytes);
    }

    [Fact]
    public async Task A_leaf_bundle_is_a_post_named_by_its_folder_with_its_files_beside_it()
    {
        using var site = BundleSite();
        await site.BuildOkAsync();

        var page = site.Html("2020/01/x/index.html");
        Assert.Equal(["/2020/01/x/fig.png", "/2020/01/x/diagram.svg", "/2020/01/x/img/a.png"],
            page.QuerySelectorAll(".post-body img").Select(i => i.GetAttribute("src")));
        Assert.Equal("/2020/01/x/paper.pdf#page=2", page.QuerySelector(".post-body a[href*='paper']")!.GetAttribute("href"));
        Assert.Equal(Png, File.ReadAllBytes(Path.Combine(site.OutputFolder, "2020/01/x/fig.png")));
        Assert.Equal(Png, File.ReadAllBytes(Path.Combine(site.OutputFolder, "2020/01/x/img/a.png")));
        Assert.Equal(Svg, site.ReadOutput("2020/01/x/diagram.svg"));
        Assert.True(site.OutputExists("2020/01/x/paper.pdf"));
        Assert.True(site.OutputExists("2020/01/x/data.csv"), "a leaf bundle's files travel with it even when no link names them");
        Assert.False(site.OutputExists("2020/01/index/index.html"));
        // The excerpt on the home page shows the figure from the post's folder.
        Assert.Contains(site.Html("index.html").QuerySelectorAll(".excerpt img"), i => i.GetAttribute("src") == "/2020/01/x/fig.png");
    }

    [Fact]
    public async Task Files_beside_a_post_file_are_copied_under_its_permalink_folder()
    {
        using var site = BundleSite();
        await site.BuildOkAsync();
        var page = site.Html("2020/02/y/index.html");
        Assert.Equal(["/2020/02/y/side.png", "/2020/02/y/y/fig%20one.png"], page.QuerySelectorAll(".post-body img").Select(i => i.GetAttribute("src")));
        Assert.True(site.OutputExists("2020/02/y/side.png"));
        Assert.True(site.OutputExists("2020/02/y/y/fig one.png"));
        Assert.False(site.OutputExists("2020/02/y/y/index.html"));
    }

    [Fact]
    public async Task Under_a_base_path_the_links_carry_it_and_pass_the_link_check()
    {
        using var site = BundleSite();
        await site.BuildOkAsync(baseUrl: "https://example.org/repo/");
        var page = site.Html("2020/01/x/index.html");
        Assert.Equal("/repo/2020/01/x/fig.png", page.QuerySelector(".post-body img")!.GetAttribute("src"));
        Assert.Equal("/repo/2020/02/y/side.png", site.Html("2020/02/y/index.html").QuerySelector(".post-body img")!.GetAttribute("src"));
        Assert.Contains("https://example.org/repo/2020/01/x/fig.png", site.ReadOutput("atom.xml"));
    }

    [Theory]
    [InlineData("input/posts/m.md", "Text before ![alt](missing.png).", 13)]
    [InlineData("input/posts/m.md", "A [link to a pdf](notes/missing.pdf).", 3)]
    [InlineData("input/posts/m/index.md", "In a bundle: ![](img/none.svg)", 14)]
    public async Task A_missing_file_beside_a_post_is_an_error_at_its_line_and_column(string file, string body, int column)
    {
        using var site = BundleSite();
        site.WriteFile(file, $"---\ntitle: Missing\ndate: 2020-03-01\n---\n\n{body}\n");
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Blog.Diagnostics.Severity.Error);
        Assert.Equal(file, error.File);
        Assert.Equal(6, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains("does not exist", error.Message);
    }
}
