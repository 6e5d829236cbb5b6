using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;
using Blog.Preview;
using Blog.Site;

namespace Blog.Tests.Preview;

/// <summary>
/// A small site in a temp folder (the tool's built-in theme copied into its theme/, three short posts) served by a real
/// preview host on a free loopback port, with a live-reload client listening to its events.
/// </summary>
public sealed class PreviewSite : IAsyncDisposable
{
    private readonly StringWriter _log = new();

    private PreviewSite(string root) => Root = root;

    public string Root { get; }
    public PreviewHost Host { get; private set; } = null!;
    public HttpClient Http { get; } = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = Support.SafetyNet.Wait };
    public Events Events { get; private set; } = null!;
    public string Log => _log.ToString();

    public static async Task<PreviewSite> StartAsync(string? baseUrl = null, Action<string>? prepare = null)
    {
        var root = Path.Combine(Path.GetTempPath(), "blog-preview-" + Guid.NewGuid().ToString("N")[..8]);
        CopyFolder(Support.TestSite.BuiltInTheme, Path.Combine(root, "theme"));
        File.WriteAllText(Path.Combine(root, "statiq.json"),
            $$"""{ "title": "预览测试", "author": "测试", "baseUrl": "{{baseUrl ?? "http://localhost:5080/"}}", "postsPerPage": 5 }""");
        for (var i = 1; i <= 3; i++) WritePost(root, $"post-{i}", $"第 {i} 篇", $"2020-01-0{i}", $"正文 {i}：公式 $x^{i}$。");
        prepare?.Invoke(root);
        var site = new PreviewSite(root);
        site.Host = await PreviewHost.StartAsync(new PreviewOptions
        {
            Build = new BuildOptions { SiteRoot = root },
            Port = 0,
            // Wider than the default, so that a loaded CI machine does not split one save into two batches.
            Debounce = TimeSpan.FromMilliseconds(150),
            // A hang detector only (see SafetyNet): a loaded CI machine must not have an ordinary rebuild abandoned.
            BuildTimeout = Support.SafetyNet.Wait,
        }, TextWriter.Synchronized(site._log));
        site.Events = await Events.ConnectAsync(site.Host.Address);
        return site;
    }

    public static void WritePost(string root, string slug, string title, string date, string body, string? file = null)
    {
        var path = Path.Combine(root, "input", "posts", (file ?? slug) + ".md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"---\ntitle: {title}\ndate: {date}\ntags: [测试]\nslug: {slug}\n---\n\n{body}\n");
    }

    public string PostFile(string name) => Path.Combine(Root, "input", "posts", name + ".md");

    public Uri Url(string path) => new(Host.Address, path);

    public async Task<(int Status, string Type, string Body)> GetAsync(string path)
    {
        using var response = await Http.GetAsync(Url(path));
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.ToString() ?? "", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Sends the request line exactly as written (HttpClient would normalise "../" away).</summary>
    public async Task<(int Status, string Response)> RawGetAsync(string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(Host.Address.Host, Host.Address.Port);
        var stream = tcp.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {Host.Address.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync().WaitAsync(Support.SafetyNet.Wait);
        var status = text.Length > 12 && int.TryParse(text.AsSpan(9, 3), out var s) ? s : 0;
        return (status, text);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Events.DisposeAsync();
        await Host.DisposeAsync();
        Http.Dispose();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}

/// <summary>A live-reload client over real HTTP: the server-sent events as they arrive.</summary>
public sealed class Events : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<(string Name, string Data)> _events = Channel.CreateUnbounded<(string, string)>();
    private Task _reader = Task.CompletedTask;
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public static async Task<Events> ConnectAsync(Uri server, string query = "")
    {
        var events = new Events();
        var response = await events._http.GetAsync(new Uri(server, "/__preview/events" + query), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var stream = await response.Content.ReadAsStreamAsync();
        events._reader = Task.Run(async () =>
        {
            using var reader = new StreamReader(stream);
            string? name = null, data = null;
            try
            {
                while (await reader.ReadLineAsync(events._stop.Token) is { } line)
                {
                    if (line.StartsWith("event: ")) name = line[7..];
                    else if (line.StartsWith("data: ")) data = line[6..];
                    else if (line.Length == 0 && name is not null) { events._events.Writer.TryWrite((name, data ?? "")); name = data = null; }
                }
                events.ClosedByServer = true; // the response ended (not an aborted connection or our own stop)
            }
            catch (Exception) { /* stopped */ }
            events._events.Writer.TryComplete();
        });
        return events;
    }

    /// <summary>The next event with one of the names, skipping others; fails when none came within <see cref="Support.SafetyNet"/>.</summary>
    public async Task<(string Name, string Data)> NextAsync(params string[] names)
    {
        using var timeout = new CancellationTokenSource(Support.SafetyNet.Wait);
        while (true)
        {
            var e = await _events.Reader.ReadAsync(timeout.Token);
            if (names.Contains(e.Name)) return e;
        }
    }

    /// <summary>
    /// Every event up to and including the next one named <paramref name="name"/>: what happened before a
    /// known later event, so absence is proven by order, not by waiting a while. Fails after the timeout.
    /// </summary>
    public async Task<List<(string Name, string Data)>> UntilAsync(string name)
    {
        using var timeout = new CancellationTokenSource(Support.SafetyNet.Wait);
        var list = new List<(string, string)>();
        while (true)
        {
            var e = await _events.Reader.ReadAsync(timeout.Token);
            list.Add(e);
            if (e.Name == name) return list;
        }
    }

    public bool Ended => _reader.IsCompleted;

    /// <summary>
    /// Whether the server ended the stream itself, completing its response; false while it is open and
    /// when the connection was torn down instead (a shutdown that gave up waiting aborts it).
    /// </summary>
    public bool ClosedByServer { get; private set; }

    /// <summary>Completes when the server has closed the stream; fails after the timeout.</summary>
    public Task EndedAsync() => _reader.WaitAsync(Support.SafetyNet.Wait);

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _http.Dispose();
        try { await _reader.WaitAsync(TimeSpan.FromSeconds(5)); } catch (Exception) { }
    }
}
