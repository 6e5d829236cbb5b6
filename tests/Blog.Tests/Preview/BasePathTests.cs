namespace Blog.Tests.Preview;

/// <summary>A site for a GitHub project page (base URL with a path) is served under that path.</summary>
public sealed class BasePathTests
{
    [Fact]
    public async Task A_project_page_site_is_served_under_its_path()
    {
        await using var site = await PreviewSite.StartAsync(baseUrl: "https://x.github.io/repo/");
        Assert.Equal("/repo/", site.Host.Session.BasePath);

        var (status, _, home) = await site.GetAsync("/repo/");
        Assert.Equal(200, status);
        Assert.Contains("href=\"/repo/2020/01/post-1/\"", home);
        Assert.Contains("/repo/assets/css/site.css", home);
        Assert.Contains("<script defer src=\"/repo/__preview/livereload.js\"></script>", home);
        Assert.Equal(200, (await site.GetAsync("/repo/__preview/livereload.js")).Status);
        Assert.Equal(200, (await site.GetAsync("/repo/2020/01/post-1/")).Status);
        Assert.Equal(200, (await site.GetAsync("/repo/assets/css/site.css")).Status);
        Assert.Equal(200, (await site.GetAsync("/repo/atom.xml")).Status);

        using var root = await site.Http.GetAsync(site.Url("/"));
        Assert.Equal(301, (int)root.StatusCode);
        Assert.Equal("/repo/", root.Headers.Location?.OriginalString);
        Assert.Equal(404, (await site.GetAsync("/2020/01/post-1/")).Status);
        Assert.Equal(404, (await site.GetAsync("/assets/css/site.css")).Status);
        Assert.NotEqual(200, (await site.RawGetAsync("/repo/../statiq.json")).Status);
    }
}
