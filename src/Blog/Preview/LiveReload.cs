using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Blog.Preview;

/// <summary>
/// Server-sent events to every open preview page: <c>reload</c> (with the URL paths that changed,
/// or null for all), <c>css</c> (stylesheets to swap in place), <c>failed</c> (diagnostics for the
/// overlay) and <c>ok</c> (clear the overlay). A page that connects gets the current state at once.
/// </summary>
public sealed class LiveReload
{
    private readonly HashSet<Channel<string>> _clients = [];
    private readonly CancellationTokenSource _stopping = new();
    private string? _state; // the "failed" event while the last build is broken

    public void Reload(IReadOnlyList<string>? pages) { SetState(null); Send("reload", new { pages }); }

    public void SwapCss(IReadOnlyList<string> stylesheets) { SetState(null); Send("css", stylesheets); }

    public void Ok() { SetState(null); Send("ok", new { }); }

    public void Failed(IEnumerable<Diagnostics.Diagnostic> diagnostics)
    {
        var message = Format("failed", new
        {
            diagnostics = diagnostics.Select(d => new
            {
                file = d.File, line = d.Line, column = d.Column, severity = d.Severity.ToString().ToLowerInvariant(),
                message = d.Message, hint = d.Hint, text = d.ToString(),
            }),
        });
        SetState(message);
        Broadcast(message);
    }

    /// <summary>Ends every stream, so the server can stop without waiting for browsers.</summary>
    public void Stop() => _stopping.Cancel();

    /// <summary>Serves one event stream until the client leaves or the server stops.</summary>
    /// <param name="stale">True when the page was served by an older generation than the current one.</param>
    public async Task StreamAsync(HttpContext http, bool stale)
    {
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_clients)
        {
            _clients.Add(channel);
            channel.Writer.TryWrite("retry: 500\n\n");
            if (_state is not null) channel.Writer.TryWrite(_state);
            else if (stale) channel.Writer.TryWrite(Format("reload", new { pages = (string[]?)null }));
        }
        using var done = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping.Token);
        try
        {
            await http.Response.WriteAsync(": connected\n\n", done.Token);
            await http.Response.Body.FlushAsync(done.Token);
            while (true)
            {
                var read = channel.Reader.ReadAsync(done.Token).AsTask();
                // A comment every 15 s keeps proxies and idle timeouts from closing the stream.
                var next = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(15), done.Token));
                var text = next == read ? await read : ": ping\n\n";
                await http.Response.WriteAsync(text, done.Token);
                await http.Response.Body.FlushAsync(done.Token);
            }
        }
        catch (OperationCanceledException) { }
        catch (IOException) { }
        finally
        {
            lock (_clients) _clients.Remove(channel);
        }
    }

    private void Send(string name, object data) => Broadcast(Format(name, data));

    private void Broadcast(string message)
    {
        lock (_clients) foreach (var c in _clients) c.Writer.TryWrite(message);
    }

    private void SetState(string? failed) { lock (_clients) _state = failed; }

    private static string Format(string name, object data) => $"event: {name}\ndata: {JsonSerializer.Serialize(data)}\n\n";
}
