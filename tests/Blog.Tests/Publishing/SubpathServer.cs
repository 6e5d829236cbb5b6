using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Blog.Tests.Publishing;

/// <summary>
/// Serves a folder under a path prefix on 127.0.0.1, the way GitHub Pages serves a project site:
/// <c>/repo/x/</c> is <c>x/index.html</c>, <c>/repo/x</c> redirects to <c>/repo/x/</c>, anything else is 404.
/// </summary>
public sealed class SubpathServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SubpathServer(WebApplication app, string prefix)
    {
        _app = app;
        Prefix = prefix;
    }

    public string Prefix { get; }

    /// <summary>The served root, e.g. <c>http://127.0.0.1:43121/repo/</c>.</summary>
    public Uri Root => new(_app.Urls.First().TrimEnd('/') + Prefix);

    public static async Task<SubpathServer> StartAsync(string folder, string prefix = "/repo/")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var files = new PhysicalFileProvider(Path.GetFullPath(folder));
        var requestPath = new PathString(prefix.TrimEnd('/'));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = requestPath });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = requestPath, ServeUnknownFileTypes = true });
        await app.StartAsync();
        return new SubpathServer(app, prefix);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
