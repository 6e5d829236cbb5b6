using System.Diagnostics;
using System.Threading.Channels;

namespace PreviewBench;

/// <summary>A live-reload client: reads the preview's server-sent events and stamps each on arrival.</summary>
public sealed class EventStream : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<(string Name, string Data, long Ticks)> _events = Channel.CreateUnbounded<(string, string, long)>();
    private readonly Task _reader;

    public EventStream(HttpClient http, Uri server)
    {
        _reader = Task.Run(async () =>
        {
            using var response = await http.GetAsync(new Uri(server, "/__preview/events"), HttpCompletionOption.ResponseHeadersRead, _stop.Token);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(_stop.Token));
            string? name = null, data = null;
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.StartsWith("event: ")) name = line[7..];
                else if (line.StartsWith("data: ")) data = line[6..];
                else if (line.Length == 0 && name is not null)
                {
                    _events.Writer.TryWrite((name, data ?? "", Stopwatch.GetTimestamp()));
                    name = data = null;
                }
            }
        });
    }

    /// <summary>Waits for the next event matching <paramref name="accept"/>, skipping others.</summary>
    public async Task<(string Name, string Data, long Ticks)> NextAsync(Func<string, string, bool> accept, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            var e = await _events.Reader.ReadAsync(cts.Token);
            if (accept(e.Name, e.Data)) return e;
        }
    }

    public void Drain() { while (_events.Reader.TryRead(out _)) { } }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        try { await _reader; } catch (Exception) { /* cancelled */ }
    }
}
