using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Blog.Tests.Support;

/// <summary>
/// Serves an output folder on 127.0.0.1 at an ephemeral port for browser tests, optionally under
/// a path prefix ("/repo/") the way GitHub Pages serves a project site. Folders answer with their
/// index.html; unknown paths get 404.
/// </summary>
public sealed class StaticServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    /// <summary>The site's root URL, e.g. http://127.0.0.1:41234/repo/.</summary>
    public string BaseUrl { get; }

    private StaticServer(WebApplication app, string baseUrl) => (_app, BaseUrl) = (app, baseUrl);

    public static async Task<StaticServer> StartAsync(string folder, string pathPrefix = "/")
    {
        var prefix = "/" + pathPrefix.Trim('/');
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var files = new PhysicalFileProvider(Path.GetFullPath(folder));
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".woff2"] = "font/woff2";
        types.Mappings[".svg"] = "image/svg+xml";
        types.Mappings[".json"] = "application/json";
        types.Mappings[".xml"] = "application/xml";
        types.Mappings[".js"] = "text/javascript";
        types.Mappings[".mjs"] = "text/javascript";
        types.Mappings[".css"] = "text/css";
        // Pagefind's index files; static hosts (GitHub Pages) serve unknown types as octet-stream too.
        foreach (var extension in new[] { ".pagefind", ".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter" })
            types.Mappings[extension] = "application/octet-stream";
        var path = prefix == "/" ? PathString.Empty : new PathString(prefix);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = path });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = path, ContentTypeProvider = types });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticServer(app, address.TrimEnd('/') + (prefix == "/" ? "/" : prefix + "/"));
    }

    /// <summary>Absolute URL of a site path such as "2019/11/x/".</summary>
    public string Url(string sitePath) => BaseUrl + sitePath.TrimStart('/');

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
