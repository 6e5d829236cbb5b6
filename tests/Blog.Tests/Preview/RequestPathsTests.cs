using Blog.Preview;

namespace Blog.Tests.Preview;

public sealed class RequestPathsTests
{
    [Theory]
    [InlineData("/", "/", "")]
    [InlineData("/2019/11/x/", "/", "2019/11/x/")]
    [InlineData("/assets/css/site.css", "/", "assets/css/site.css")]
    [InlineData("/repo/", "/repo/", "")]
    [InlineData("/repo", "/repo/", "")]
    [InlineData("/repo/tags/数学/", "/repo/", "tags/数学/")]
    public void Paths_inside_the_site_resolve(string path, string basePath, string destination)
    {
        Assert.True(RequestPaths.TryResolve(path, basePath, out var resolved));
        Assert.Equal(destination, resolved);
    }

    [Theory]
    [InlineData("/../x", "/")]
    [InlineData("/a/../../x", "/")]
    [InlineData("/./x", "/")]
    [InlineData("/a\\..\\x", "/")]
    [InlineData("/C:/x", "/")]
    [InlineData("/a\0b", "/")]
    [InlineData("//etc/passwd", "/")]
    [InlineData("/a//b", "/")]
    [InlineData("/other/", "/repo/")]
    [InlineData("/repository/", "/repo/")]
    [InlineData("/", "/repo/")]
    public void Paths_that_could_leave_the_site_are_refused(string path, string basePath) =>
        Assert.False(RequestPaths.TryResolve(path, basePath, out _));

    [Theory]
    [InlineData("index.html", "/", "/")]
    [InlineData("2019/11/x/index.html", "/repo/", "/repo/2019/11/x/")]
    [InlineData("atom.xml", "/repo/", "/repo/atom.xml")]
    public void Destinations_become_the_paths_a_page_sees_in_its_address_bar(string destination, string basePath, string url) =>
        Assert.Equal(url, RequestPaths.UrlOf(destination, basePath));

    [Theory]
    [InlineData("x.md~", true)]
    [InlineData(".#x.md", true)]
    [InlineData(".x.md.swp", true)]
    [InlineData("4913", true)]
    [InlineData("#x.md#", true)]
    [InlineData("x.md", false)]
    [InlineData("site.css", false)]
    public void Editor_scratch_files_are_ignored(string name, bool scratch) => Assert.Equal(scratch, SiteWatcher.IsEditorScratch(name));
}
