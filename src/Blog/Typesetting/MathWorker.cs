using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Blog.Typesetting;

/// <summary>
/// One Node process running worker/typeset.mjs, fed one page at a time over stdin/stdout. It is
/// used by one caller at a time (the pool hands it out); when the process dies or hangs, the request
/// fails with <see cref="MathWorkerException"/> and the worker is of no further use.
/// </summary>
public sealed class MathWorker : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private long _nextId;
    private bool _ready;

    private MathWorker(Process process) => _process = process;

    public int ProcessId => _process.Id;
    public bool HasExited => _process.HasExited;
    public string Version { get; private set; } = "";
    /// <summary>Time MathJax itself spent on this worker's pages, as the worker measured it.</summary>
    public TimeSpan MathJaxTime { get; private set; }

    public static async Task<MathWorker> StartAsync(MathWorkerOptions options, WorkerConfig config, CancellationToken ct)
    {
        var info = new ProcessStartInfo(options.NodePath)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(options.ScriptPath);
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new MathWorkerException($"Could not start '{options.NodePath}'.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new NodeMissingException(options.NodePath, e.Message);
        }
        var worker = new MathWorker(process);
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) worker.Log(e.Data); };
        process.BeginErrorReadLine();
        await worker.SendAsync(config, ct);
        var ready = await worker.ReceiveAsync(options.StartTimeout, ct);
        if (!ready.Ready) throw worker.Died("did not start");
        worker._ready = true;
        worker.Version = ready.Version ?? "";
        return worker;
    }

    public async Task<TypesetPage> TypesetAsync(IReadOnlyList<Formula> math, TimeSpan timeout, CancellationToken ct)
    {
        var id = ++_nextId;
        await SendAsync(new TypesetRequest(id, math), ct);
        var response = await ReceiveAsync(timeout, ct);
        if (response.Fatal is not null) throw new MathJaxFailedException(response.Fatal);
        if (response.Id != id || response.Html is null || response.Html.Count != math.Count || response.Html.Any(h => h is null))
            throw Died("answered out of turn");
        MathJaxTime += TimeSpan.FromMilliseconds(response.Ms);
        return new TypesetPage(response.Html!, response.Errors ?? [], response.Css ?? "");
    }

    private async Task SendAsync<T>(T message, CancellationToken ct)
    {
        try
        {
            await _process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(message, TypesetJson.Options).AsMemory(), ct);
            await _process.StandardInput.FlushAsync(ct);
        }
        catch (IOException)
        {
            throw Died(_ready ? "stopped" : "did not start");
        }
    }

    private async Task<TypesetResponse> ReceiveAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        string? line;
        try
        {
            line = await _process.StandardOutput.ReadLineAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            Kill();
            throw Died($"gave no answer within {timeout.TotalSeconds:0} s and was stopped");
        }
        if (line is null) throw Died(_ready ? "stopped" : "did not start");
        try
        {
            return JsonSerializer.Deserialize<TypesetResponse>(line, TypesetJson.Options) ?? throw Died("sent an empty answer");
        }
        catch (JsonException)
        {
            throw Died("sent something that is not JSON: " + line[..System.Math.Min(line.Length, 200)]);
        }
    }

    /// <summary>Keeps the last few kilobytes of stderr: enough to say why the worker died, bounded over a long build.</summary>
    private void Log(string line)
    {
        lock (_stderr)
        {
            _stderr.AppendLine(line);
            if (_stderr.Length > 16_000) _stderr.Remove(0, _stderr.Length - 8_000);
        }
    }

    private MathWorkerException Died(string what)
    {
        _process.WaitForExit(2000);
        var code = _process.HasExited ? $" (exit code {_process.ExitCode})" : "";
        string log;
        lock (_stderr) log = _stderr.ToString().Trim();
        return new MathWorkerException($"The MathJax worker {what}{code}.", log);
    }

    public void Kill()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or InvalidOperationException)
        {
            Kill();
        }
        _process.Dispose();
    }
}

/// <summary>The worker process failed (died, hung, or answered nonsense); <see cref="Log"/> is what it printed on stderr.</summary>
public class MathWorkerException(string message, string log = "") : Exception(message)
{
    public string Log { get; } = log;
}

/// <summary>MathJax threw on a page (a bug or a limit, not a TeX error); the worker is still usable.</summary>
public sealed class MathJaxFailedException(string stack) : MathWorkerException("MathJax failed: " + stack.Split('\n')[0], stack);

/// <summary>Node could not be started at all.</summary>
public sealed class NodeMissingException(string nodePath, string reason)
    : MathWorkerException($"Node.js is needed to typeset math at build time, but '{nodePath}' could not be started ({reason}).");
