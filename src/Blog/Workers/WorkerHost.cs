using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Blog.Workers;

/// <summary>
/// One worker process spoken to in JSON lines over stdin/stdout: one request line, then answer
/// lines, each read within a time limit. stderr is kept (the last 16 KB) to say why a worker died.
/// A worker that times out is killed with every process it started; one that dies or answers
/// nonsense fails the request with a typed <see cref="WorkerException"/>. Either way it is not used
/// again. Used by the compute workers (.NET) and the MathJax workers (Node) alike; one caller at a time.
/// </summary>
public sealed class WorkerHost : IAsyncDisposable
{
    private const int StderrKept = 16_000;
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private readonly string _name;
    private readonly string _marker;

    private WorkerHost(Process process, string name, string marker)
    {
        _process = process;
        _name = name;
        _marker = marker;
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Log(e.Data); };
        _process.BeginErrorReadLine();
    }

    public int ProcessId => _process.Id;
    public bool HasExited => _process.HasExited;

    /// <summary>The last lines of stderr (at most about 16 KB).</summary>
    public string Stderr
    {
        get { lock (_stderr) return _stderr.ToString(); }
    }

    /// <summary>Starts the process. Throws <see cref="WorkerStartException"/> when the program cannot be run.</summary>
    public static WorkerHost Start(WorkerStart start)
    {
        var info = new ProcessStartInfo(start.FileName)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false), StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in start.Arguments) info.ArgumentList.Add(argument);
        foreach (var (name, value) in start.Environment) info.Environment[name] = value;
        // Inherited by everything the worker starts, detached or not: how they are all found and ended (ProcessMarker).
        var marker = ProcessMarker.NewWorker();
        info.Environment[ProcessMarker.Variable] = marker;
        try
        {
            return new WorkerHost(Process.Start(info) ?? throw new WorkerStartException(start.Name, start.FileName, "no process"), start.Name, marker);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new WorkerStartException(start.Name, start.FileName, e.Message);
        }
    }

    /// <summary>Writes one message as a JSON line.</summary>
    public async Task SendAsync<T>(T message, JsonSerializerOptions json, CancellationToken ct)
    {
        try
        {
            await _process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(message, json).AsMemory(), ct);
            await _process.StandardInput.FlushAsync(ct);
        }
        catch (IOException)
        {
            throw await DiedAsync("stopped");
        }
    }

    /// <summary>
    /// Reads the next JSON line within <paramref name="limit"/>. On timeout the worker is killed and
    /// <see cref="WorkerTimeoutException"/> thrown; a closed stdout or a line that is not JSON
    /// throws <see cref="WorkerDiedException"/>; cancellation kills the worker too.
    /// </summary>
    public async Task<T> ReceiveAsync<T>(TimeSpan limit, JsonSerializerOptions json, CancellationToken ct)
    {
        string? line;
        try
        {
            // WaitAsync abandons the read on timeout; killing the process then ends it.
            line = await _process.StandardOutput.ReadLineAsync(ct).AsTask().WaitAsync(limit, ct);
        }
        catch (TimeoutException)
        {
            await KillAsync();
            throw new WorkerTimeoutException(_name, limit, Stderr);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
            throw;
        }
        catch (IOException)
        {
            line = null;
        }
        if (line is null) throw await DiedAsync("stopped");
        try
        {
            return JsonSerializer.Deserialize<T>(line, json) ?? throw await DiedAsync("sent an empty answer");
        }
        catch (JsonException)
        {
            await KillAsync();
            throw await DiedAsync("sent something that is not JSON: " + line[..Math.Min(line.Length, 200)]);
        }
    }

    /// <summary>One request, one answer within <paramref name="limit"/>.</summary>
    public async Task<TResponse> RequestAsync<TRequest, TResponse>(TRequest request, TimeSpan limit, JsonSerializerOptions json, CancellationToken ct)
    {
        await SendAsync(request, json, ct);
        return await ReceiveAsync<TResponse>(limit, json, ct);
    }

    /// <summary>
    /// Kills the worker and every process it started, and checks that they are gone (see
    /// <see cref="ProcessTree"/>); then every process that still holds the worker's marker (started
    /// detached, re-parented away from the tree; see <see cref="ProcessMarker"/>).
    /// Throws <see cref="WorkerDiedException"/> when one survives.
    /// </summary>
    public async Task KillAsync()
    {
        try
        {
            await KillTreeAsync();
        }
        finally
        {
            ProcessMarker.KillAll(_marker);
        }
    }

    private async Task KillTreeAsync()
    {
        IReadOnlyList<int> tree;
        try
        {
            if (_process.HasExited) return;
            // Read the tree before the kill: once the worker is gone its children are re-parented and lost from it.
            tree = ProcessTree.Descendants(_process.Id);
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            return; // already gone
        }
        await _process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        foreach (var pid in tree) await EndAsync(pid);
    }

    /// <summary>A descendant the tree kill missed (it was started between the read and the kill) is killed on its own; the check polls /proc.</summary>
    private async Task EndAsync(int pid)
    {
        for (var waited = 0; !ProcessTree.HasEnded(pid); waited += 10)
        {
            if (waited >= 10_000)
                throw new WorkerDiedException(_name, $"left process {pid} running after it was stopped", null, Stderr);
            try { using var p = Process.GetProcessById(pid); p.Kill(entireProcessTree: true); }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception) { }
            await Task.Delay(10);
        }
    }

    private async Task<WorkerDiedException> DiedAsync(string what)
    {
        // Wait for the exit so the exit code is known and stderr drained (WaitForExit after HasExited flushes the event stream).
        try { await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5)); } catch (TimeoutException) { }
        if (_process.HasExited) _process.WaitForExit();
        return new WorkerDiedException(_name, what, _process.HasExited ? _process.ExitCode : null, Stderr);
    }

    private void Log(string line)
    {
        lock (_stderr)
        {
            _stderr.AppendLine(line);
            if (_stderr.Length > StderrKept) _stderr.Remove(0, _stderr.Length - StderrKept / 2);
        }
    }

    /// <summary>Ends the worker: every process it started is killed and checked gone (nothing a page started outlives it).</summary>
    public async ValueTask DisposeAsync()
    {
        try { await KillAsync(); }
        catch (WorkerException) { /* reported by the caller's own KillAsync when it matters */ }
        catch (TimeoutException) { }
        _process.Dispose();
    }
}
