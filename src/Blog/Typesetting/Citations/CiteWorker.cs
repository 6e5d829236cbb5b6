using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Blog.Typesetting.Citations;

/// <summary>
/// One Node process running worker/cite.mjs (citeproc-js and citation-js), one page at a time
/// (callers take turns), started on the first page that needs it. Kept small and separate, in the
/// shape of <see cref="MathWorker"/>, until both move onto one worker-process host.
/// A worker that dies or hangs fails its page with <see cref="CiteWorkerException"/>; the next page starts a new one.
/// </summary>
public sealed class CiteWorker(string nodePath, string nodeModules, TimeSpan timeout) : IAsyncDisposable
{
    public static string DefaultScript => Path.Combine(AppContext.BaseDirectory, "Typesetting", "worker", "cite.mjs");

    private readonly SemaphoreSlim _turn = new(1);
    private readonly StringBuilder _stderr = new();
    private Process? _process;
    private long _nextId;
    private int _started;

    /// <summary>Node processes started so far (a warm build starts none).</summary>
    public int Started => _started;

    public async Task<(FormattedCitations? Result, IReadOnlyList<EntryError> Errors)> FormatAsync(CiteRequest request, CancellationToken ct)
    {
        await _turn.WaitAsync(ct);
        try
        {
            var process = _process is { HasExited: false } running ? running : await StartAsync(ct);
            var id = ++_nextId;
            await SendAsync(process, request with { Id = id }, ct);
            var response = await ReceiveAsync(process, ct);
            if (response.Fatal is not null) throw new CiteWorkerException("citeproc-js failed: " + response.Fatal.Split('\n')[0], response.Fatal);
            if (response.Id != id) throw Died("answered out of turn");
            if (response.Errors is { Count: > 0 } errors) return (null, errors);
            if (response.Citations is null || response.Citations.Count != request.Citations.Count) throw Died("answered with the wrong number of citations");
            return (new FormattedCitations(response.Citations, response.Bibliography ?? []), []);
        }
        finally
        {
            _turn.Release();
        }
    }

    private async Task<Process> StartAsync(CancellationToken ct)
    {
        Stop();
        var info = new ProcessStartInfo(nodePath)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false), StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(DefaultScript);
        try
        {
            _process = Process.Start(info) ?? throw new CiteWorkerException($"Could not start '{nodePath}'.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new CiteWorkerException($"Node.js is needed to format citations, but '{nodePath}' could not be started ({e.Message}).");
        }
        Interlocked.Increment(ref _started);
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_stderr) _stderr.AppendLine(e.Data); };
        _process.BeginErrorReadLine();
        await SendAsync(_process, new CiteWorkerConfig(nodeModules), ct);
        if (await ReceiveAsync(_process, ct) is not { Ready: true }) throw Died("did not start");
        return _process;
    }

    private async Task SendAsync<T>(Process process, T message, CancellationToken ct)
    {
        try
        {
            await process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(message, CiteJson.Options).AsMemory(), ct);
            await process.StandardInput.FlushAsync(ct);
        }
        catch (IOException)
        {
            throw Died("stopped");
        }
    }

    private async Task<CiteResponse> ReceiveAsync(Process process, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        string? line;
        try
        {
            line = await process.StandardOutput.ReadLineAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            Stop();
            throw Died($"gave no answer within {timeout.TotalSeconds:0} s and was stopped");
        }
        if (line is null) throw Died("stopped");
        try
        {
            return JsonSerializer.Deserialize<CiteResponse>(line, CiteJson.Options) ?? throw Died("sent an empty answer");
        }
        catch (JsonException)
        {
            throw Died("sent something that is not JSON: " + line[..Math.Min(line.Length, 200)]);
        }
    }

    private CiteWorkerException Died(string what)
    {
        _process?.WaitForExit(2000);
        var code = _process is { HasExited: true } p ? $" (exit code {p.ExitCode})" : "";
        string log;
        lock (_stderr) log = _stderr.ToString().Trim();
        if (log.Length > 4000) log = log[^4000..];
        Stop();
        return new CiteWorkerException($"The citation worker {what}{code}.", log);
    }

    private void Stop()
    {
        try
        {
            if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            try
            {
                process.StandardInput.Close();
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await process.WaitForExitAsync(wait.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or InvalidOperationException)
            {
                // Killed below.
            }
        }
        Stop();
    }
}

/// <summary>The citation worker failed (could not start, died, hung); <see cref="Log"/> is what it printed on stderr.</summary>
public sealed class CiteWorkerException(string message, string log = "") : Exception(message)
{
    public string Log { get; } = log;
}
