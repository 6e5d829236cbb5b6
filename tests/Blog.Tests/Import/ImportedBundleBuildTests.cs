namespace Blog.Tests.Import;

/// <summary>
/// Imported posts with images build as page bundles (<c>input/posts/&lt;slug&gt;/index.md</c> with the files beside
/// it, copied next to the post's page and linked by its site path).
/// </summary>
public sealed class ImportedBundleBuildTests
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    [Fact]
    public async Task A_jekyll_post_with_an_image_builds_with_the_image_beside_its_page()
    {
        using var f = new ImportFixture();
        f.Write("_config.yml", "permalink: /:year/:month/:day/:title.html\n")
            .Write("_posts/2015-05-31-plot.md", "---\ntitle: 图\n---\n\n如图 $$y=x^2$$：\n\n![抛物线]({{ site.baseurl }}/assets/parabola.png)\n")
            .WriteBytes("assets/parabola.png", Png);
        f.Import("jekyll");
        await f.Site.BuildOkAsync();
        // The build links a file beside a post by its site path (page bundles), so excerpts and feeds find it too.
        Assert.Equal("/2015/05/plot/parabola.png", f.Site.Html("2015/05/plot/").QuerySelector("img")!.GetAttribute("src"));
        Assert.True(f.Site.OutputExists("2015/05/plot/parabola.png"));
    }

    [Fact]
    public async Task A_hexo_post_with_an_asset_folder_image_builds()
    {
        using var f = new ImportFixture();
        f.Write("_config.yml", "post_asset_folder: true\n").Write("package.json", "{}")
            .Write("source/_posts/plot.md", "---\ntitle: 图\ndate: 2019-11-13\n---\n\n{% asset_img curve.png 曲线 %}\n")
            .WriteBytes("source/_posts/plot/curve.png", Png);
        f.Import("hexo");
        await f.Site.BuildOkAsync();
        Assert.True(f.Site.OutputExists("2019/11/plot/curve.png"));
    }

    [Fact]
    public async Task A_hugo_leaf_bundle_builds_with_its_files()
    {
        using var f = new ImportFixture();
        f.Write("hugo.toml", "title = 'x'\n").Write("content/posts/plot/index.md", "---\ntitle: Plot\ndate: 2020-01-02\n---\n\n![a plot](plot.png)\n")
            .WriteBytes("content/posts/plot/plot.png", Png);
        f.Import("hugo");
        await f.Site.BuildOkAsync();
        Assert.True(f.Site.OutputExists("2020/01/plot/plot.png"));
    }
}
