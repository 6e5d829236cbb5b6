using Microsoft.Playwright;

namespace Blog.Tests.Support;

/// <summary>The test helpers themselves: the browser really drives Debian's Chromium, the server serves.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class SupportSmokeTests(Chromium chromium)
{
    [BrowserFact]
    public async Task Chromium_loads_a_page_from_the_static_server_under_a_prefix()
    {
        var folder = Directory.CreateTempSubdirectory("blog-server-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "index.html"),
                "<!doctype html><title>ok</title><link rel=icon href=\"data:,\"><link rel=stylesheet href=a.css><p id=p>你好</p><script src=a.js></script>");
            File.WriteAllText(Path.Combine(folder, "a.css"), "p { color: rgb(255, 0, 0); }");
            File.WriteAllText(Path.Combine(folder, "a.js"), "document.title = 'ran';");
            await using var server = await StaticServer.StartAsync(folder, "/repo/");
            Assert.StartsWith("http://127.0.0.1:", server.BaseUrl);
            Assert.EndsWith("/repo/", server.BaseUrl);
            await chromium.WithPageAsync(server.BaseUrl, async session =>
            {
                Assert.Equal("ran", await session.Page.TitleAsync());
                Assert.Equal("rgb(255, 0, 0)", await session.Page.EvalOnSelectorAsync<string>("#p", "e => getComputedStyle(e).color"));
                session.AssertNoErrors();
            });
            Assert.Contains("Chrom", chromium.Browser.BrowserType.Name, StringComparison.OrdinalIgnoreCase);
        }
        finally { Directory.Delete(folder, true); }
    }

    [BrowserFact]
    public async Task A_missing_file_is_reported_as_a_failed_request()
    {
        var folder = Directory.CreateTempSubdirectory("blog-server-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "index.html"), "<!doctype html><title>x</title><img src=missing.svg>");
            await using var server = await StaticServer.StartAsync(folder);
            await chromium.WithPageAsync(server.BaseUrl, async session =>
            {
                await session.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                Assert.Contains(session.Errors, e => e.Contains("missing.svg"));
            });
        }
        finally { Directory.Delete(folder, true); }
    }

    [Fact]
    public void Repo_root_holds_the_solution() => Assert.True(File.Exists(Path.Combine(TestSite.RepoRoot, "Blog.sln")));

    [Fact]
    public async Task Static_server_sends_content_types()
    {
        var folder = Directory.CreateTempSubdirectory("blog-server-").FullName;
        try
        {
            foreach (var name in new[] { "a.svg", "a.woff2", "a.json", "a.xml", "a.js", "a.css" })
                File.WriteAllText(Path.Combine(folder, name), "x");
            await using var server = await StaticServer.StartAsync(folder, "/repo/");
            using var http = new HttpClient();
            foreach (var (name, type) in new[] { ("a.svg", "image/svg+xml"), ("a.woff2", "font/woff2"), ("a.json", "application/json"),
                         ("a.xml", "application/xml"), ("a.js", "text/javascript"), ("a.css", "text/css") })
            {
                var response = await http.GetAsync(server.Url(name));
                Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
            }
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync(server.Url("nope.html"))).StatusCode);
        }
        finally { Directory.Delete(folder, true); }
    }
}

/// <summary>TestSite builds in process and through the real CLI.</summary>
public sealed class TestSiteSmokeTests
{
    [Fact]
    public async Task Builds_the_sample_site_in_process()
    {
        using var site = TestSite.Sample();
        var result = await site.BuildOkAsync();
        Assert.True(result.PagesWritten > 0);
        Assert.NotNull(site.Html("").QuerySelector("title"));
    }

    [Fact]
    public void Runs_the_cli_process()
    {
        using var site = TestSite.Empty();
        var run = site.RunCli("build");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(site.OutputExists("index.html"));
    }
}
