using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.Preview;

/// <summary>
/// The HTTP side of the preview, on Kestrel: the site's files from the current generation under
/// the base path, and under <c>/__preview/</c> the live-reload script and its event stream.
/// GET and HEAD only; no directory listing; nothing outside the output.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    public const string Prefix = "/__preview/";
    private readonly WebApplication _app;
    private readonly SiteFiles _files;
    private readonly LiveReload _live;
    private readonly Func<string> _basePath;

    private PreviewServer(WebApplication app, SiteFiles files, LiveReload live, Func<string> basePath)
    {
        (_app, _files, _live, _basePath) = (app, files, live, basePath);
        _app.Run(HandleAsync);
    }

    /// <summary>The address it listens on, e.g. http://127.0.0.1:5080/.</summary>
    public Uri Address { get; private set; } = null!;

    public static async Task<PreviewServer> StartAsync(IPAddress host, int port, SiteFiles files, LiveReload live,
        Func<string> basePath, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.Listen(host, port);
            k.AddServerHeader = false;
        });
        var server = new PreviewServer(builder.Build(), files, live, basePath);
        await server._app.StartAsync(cancellationToken);
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    /// <summary>True when the port is taken, the one start failure a user can fix with --port.</summary>
    public static bool IsAddressInUse(Exception? e) =>
        e is Microsoft.AspNetCore.Connections.AddressInUseException or SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse }
        || e?.InnerException is not null && IsAddressInUse(e.InnerException);

    private async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        if (!HostNames.IsAllowed(http.Request.Host.Host))
        {
            await TextAsync(http, StatusCodes.Status421MisdirectedRequest,
                "This preview answers only localhost and IP addresses (a page elsewhere must not reach it through its own domain name).");
            return;
        }
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            http.Response.Headers.Allow = "GET, HEAD";
            return;
        }
        var basePath = _basePath();
        // The script and its events live beside the site (so the link checker sees the link) and at the root.
        var own = path.StartsWith(Prefix, StringComparison.Ordinal) ? Prefix
            : path.StartsWith(basePath + Prefix[1..], StringComparison.Ordinal) ? basePath + Prefix[1..] : null;
        if (own is not null)
        {
            await HandlePreviewAsync(http, path[own.Length..]);
            return;
        }
        if (!RequestPaths.TryResolve(path, basePath, out var destination))
        {
            if (path == "/" && basePath != "/") { Redirect(http, basePath); return; }
            await TextAsync(http, path.StartsWith(basePath, StringComparison.Ordinal) ? 400 : 404,
                path.StartsWith(basePath, StringComparison.Ordinal) ? "Bad request path." : $"Not found: the site is served under {basePath}");
            return;
        }
        // A file of an old generation may be collected between lookup and open: look again once.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await ServeAsync(http, destination);
                return;
            }
            catch (FileNotFoundException) when (attempt == 0 && !http.Response.HasStarted) { }
            catch (DirectoryNotFoundException) when (attempt == 0 && !http.Response.HasStarted) { }
        }
    }

    private async Task ServeAsync(HttpContext http, string destination)
    {
        switch (_files.Find(destination))
        {
            case SiteFiles.Found found:
                await FileAsync(http, found.Path, 200, found.Generation);
                break;
            case SiteFiles.AddSlash:
                Redirect(http, http.Request.PathBase + http.Request.Path + "/" + http.Request.QueryString);
                break;
            case SiteFiles.Missing { NotFoundPage: { } page }:
                await FileAsync(http, page, 404, null);
                break;
            case SiteFiles.Missing:
                await TextAsync(http, 404, "Not found.");
                break;
            case SiteFiles.Refused:
                await TextAsync(http, 403, "Forbidden: this file leads outside the output folder.");
                break;
            case SiteFiles.NotBuilt:
                http.Response.StatusCode = 503;
                http.Response.ContentType = "text/html; charset=utf-8";
                await http.Response.WriteAsync(NotBuiltPage);
                break;
        }
    }

    private async Task HandlePreviewAsync(HttpContext http, string name)
    {
        switch (name)
        {
            case "events":
                var generation = _files.Generation;
                var stale = int.TryParse(http.Request.Query["gen"], out var seen) && generation is not null && seen != generation;
                await _live.StreamAsync(http, stale);
                break;
            case "livereload.js":
                http.Response.ContentType = ContentTypes.For(name);
                http.Response.Headers.CacheControl = "no-cache";
                await using (var script = typeof(PreviewServer).Assembly.GetManifestResourceStream("Blog.Preview.livereload.js")!)
                    await script.CopyToAsync(http.Response.Body);
                break;
            default:
                await TextAsync(http, 404, "Not found.");
                break;
        }
    }

    private static async Task FileAsync(HttpContext http, string path, int status, int? generation)
    {
        var info = new FileInfo(path);
        var length = info.Length; // throws FileNotFoundException when it is gone
        http.Response.StatusCode = status;
        http.Response.ContentType = ContentTypes.For(path);
        http.Response.ContentLength = length;
        // Pages change under the reader's feet: never let the browser reuse one without asking.
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        // The script compares this with the current generation when it connects, so a rebuild that
        // finished between loading the page and connecting is not missed.
        if (generation is not null) http.Response.Headers["Server-Timing"] = $"gen;desc=\"{generation}\"";
        if (HttpMethods.IsHead(http.Request.Method)) return;
        await http.Response.SendFileAsync(path, http.RequestAborted);
    }

    private static void Redirect(HttpContext http, string location)
    {
        http.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        http.Response.Headers.Location = location;
    }

    private static Task TextAsync(HttpContext http, int status, string text)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/plain; charset=utf-8";
        return HttpMethods.IsHead(http.Request.Method) ? Task.CompletedTask : http.Response.WriteAsync(text + "\n");
    }

    /// <summary>Shown until a first build succeeds: the overlay reports why, and the page reloads once it does.</summary>
    private const string NotBuiltPage = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Preview: no build yet</title></head>
        <body><p>The site has not been built yet, or its first build failed. Fix the errors and save; this page reloads by itself.</p>
        <script src="/__preview/livereload.js"></script></body></html>
        """;

    public async ValueTask DisposeAsync()
    {
        _live.Stop();
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try { await _app.StopAsync(grace.Token); } catch (OperationCanceledException) { }
        await _app.DisposeAsync();
    }
}
