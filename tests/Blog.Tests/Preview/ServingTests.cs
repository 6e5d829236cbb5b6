namespace Blog.Tests.Preview;

/// <summary>What the preview serves and what it refuses, over real HTTP.</summary>
public sealed class ServingTests : IAsyncLifetime
{
    private PreviewSite _site = null!;

    public async Task InitializeAsync() => _site = await PreviewSite.StartAsync(prepare: root =>
    {
        var assets = Path.Combine(root, "input", "assets");
        Directory.CreateDirectory(assets);
        File.WriteAllText(Path.Combine(assets, "figure.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        File.WriteAllBytes(Path.Combine(assets, "font.woff2"), [0x77, 0x4F, 0x46, 0x32]);
        File.WriteAllText(Path.Combine(assets, "data.json"), "{\"a\":1}");
        // Secrets beside the output: nothing the server may ever return.
        File.WriteAllText(Path.Combine(root, "secret.txt"), "TOP-SECRET-ROOT");
    });

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/2020/01/post-1/", "text/html")]
    [InlineData("/atom.xml", "application/xml")]
    [InlineData("/sitemap.xml", "application/xml")]
    [InlineData("/assets/figure.svg", "image/svg+xml")]
    [InlineData("/assets/font.woff2", "font/woff2")]
    [InlineData("/assets/data.json", "application/json")]
    [InlineData("/assets/css/site.css", "text/css")]
    [InlineData("/assets/mathjax/tex-chtml.js", "text/javascript")]
    [InlineData("/__preview/livereload.js", "text/javascript")]
    public async Task Serves_files_with_their_content_type(string path, string type)
    {
        var (status, contentType, _) = await _site.GetAsync(path);
        Assert.Equal(200, status);
        Assert.StartsWith(type, contentType);
    }

    [Fact]
    public async Task Pages_carry_the_live_reload_script_and_a_folder_without_slash_redirects()
    {
        var (_, _, home) = await _site.GetAsync("/");
        Assert.Contains("<script defer src=\"/__preview/livereload.js\"></script>", home);
        using var response = await _site.Http.GetAsync(_site.Url("/2020/01/post-1"));
        Assert.Equal(301, (int)response.StatusCode);
        Assert.Equal("/2020/01/post-1/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/../../etc/passwd")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E/%2E%2E/etc/passwd")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/assets/..%2f..%2fsecret.txt")]
    [InlineData("/assets/%2e%2e%2f%2e%2e%2fsecret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/assets\\..\\..\\secret.txt")]
    [InlineData("/%5c..%5c..%5csecret.txt")]
    [InlineData("/%252e%252e/secret.txt")]
    [InlineData("//etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/C:%5cWindows%5cwin.ini")]
    [InlineData("/index.html%00.txt")]
    [InlineData("/%00")]
    [InlineData("/statiq.json")]
    [InlineData("/secret.txt")]
    [InlineData("/input/posts/post-1.md")]
    [InlineData("/gen-000001/index.html")]
    public async Task Traversal_and_odd_paths_are_refused(string target)
    {
        var (status, response) = await _site.RawGetAsync(target);
        Assert.True(status is 400 or 403 or 404, $"{target} answered {status}");
        Assert.DoesNotContain("TOP-SECRET", response);
        Assert.DoesNotContain("root:x:0:0", response);
        Assert.DoesNotContain("\"baseUrl\"", response);
    }

    [Fact]
    public async Task An_absolute_url_as_request_target_is_not_a_way_out()
    {
        var (status, response) = await _site.RawGetAsync("file:///etc/passwd");
        Assert.NotEqual(200, status);
        Assert.DoesNotContain("root:x:0:0", response);
    }

    [Theory]
    [InlineData("/assets/")]
    [InlineData("/assets/css/")]
    [InlineData("/2020/")]
    [InlineData("/2020/01/")]
    public async Task Folders_are_never_listed(string path)
    {
        var (status, _, body) = await _site.GetAsync(path);
        Assert.Equal(404, status);
        Assert.Contains("页面不存在", body); // the site's own 404 page, not a listing
        Assert.DoesNotContain("figure.svg", body);
        Assert.DoesNotContain("font.woff2", body);
        Assert.DoesNotContain("post-1.md", body);
    }

    [Fact]
    public async Task A_symlink_that_leads_out_of_the_output_is_refused()
    {
        var file = _site.Host.Session.Generations.Current!.Files["assets/data.json"].Path;
        File.Delete(file);
        File.CreateSymbolicLink(file, Path.Combine(_site.Root, "secret.txt"));
        var (status, response) = await _site.RawGetAsync("/assets/data.json");
        Assert.Equal(403, status);
        Assert.DoesNotContain("TOP-SECRET", response);
    }

    [Fact]
    public async Task Only_get_and_head_are_answered()
    {
        using var post = await _site.Http.PostAsync(_site.Url("/"), new StringContent("x"));
        Assert.Equal(405, (int)post.StatusCode);
        using var head = await _site.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, _site.Url("/")));
        Assert.Equal(200, (int)head.StatusCode);
        Assert.True(head.Content.Headers.ContentLength > 0);
    }
}
