using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Blog.Compute;

/// <summary>
/// One worker process seen from the builder: sends a request, waits for its answer within a time
/// limit. A worker that runs past the limit is killed; one that dies (Environment.Exit, stack
/// overflow) is reported with what it wrote to stderr. Either way it is not used again.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    /// <summary>Requests answered: a worker is retired after many, since script assemblies never unload.</summary>
    public int Runs { get; private set; }
    public bool Healthy { get; private set; } = true;

    private WorkerProcess(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_stderr) _stderr.AppendLine(e.Data);
        };
        _process.BeginErrorReadLine();
    }

    public static WorkerProcess Start(int memoryLimitMb)
    {
        var (file, args) = SelfCommand();
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            UseShellExecute = false, StandardOutputEncoding = new UTF8Encoding(false), StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // A runaway allocation throws OutOfMemoryException in the block instead of swapping the machine.
        start.Environment["DOTNET_GCHeapHardLimit"] = ((long)memoryLimitMb * 1024 * 1024).ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_gcServer"] = "0";
        return new WorkerProcess(Process.Start(start) ?? throw new InvalidOperationException("Could not start the compute worker."));
    }

    /// <summary>This same tool, in worker mode: its apphost when there is one, else <c>dotnet blog.dll</c>.</summary>
    private static (string File, string[] Args) SelfCommand()
    {
        var dll = typeof(WorkerProcess).Assembly.Location;
        var apphost = Path.Combine(Path.GetDirectoryName(dll)!, OperatingSystem.IsWindows() ? "blog.exe" : "blog");
        if (File.Exists(apphost)) return (apphost, [WorkerMain.CommandName]);
        var dotnet = Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
        return (dotnet, [dll, WorkerMain.CommandName]);
    }

    public async Task<WorkerResponse> SendAsync(WorkerRequest request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Runs++;
        try
        {
            await _process.StandardInput.WriteLineAsync(Protocol.Write(request).AsMemory(), cancellationToken);
            await _process.StandardInput.FlushAsync(cancellationToken);
            var line = await _process.StandardOutput.ReadLineAsync(cancellationToken).AsTask().WaitAsync(timeout, cancellationToken);
            if (line is not null) return Protocol.Read<WorkerResponse>(line);
        }
        catch (TimeoutException)
        {
            Kill();
            throw new WorkerFailure($"it did not finish within {timeout.TotalSeconds:0} s and was stopped",
                "An endless loop? Raise the limit with //| timeout: N (seconds) or compute.blockTimeout in statiq.json.");
        }
        catch (IOException) { /* the pipe broke: the process is gone, reported below */ }
        catch (OperationCanceledException)
        {
            Kill();
            throw;
        }
        throw Died();
    }

    private WorkerFailure Died()
    {
        Healthy = false;
        _process.WaitForExit(5000);
        _process.WaitForExit(); // drains stderr
        string stderr;
        lock (_stderr) stderr = _stderr.ToString();
        var code = _process.HasExited ? _process.ExitCode : -1;
        if (stderr.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase))
            return new WorkerFailure("it overflowed the stack and ended the worker process", "An endless recursion?");
        if (stderr.Contains("OutOfMemory", StringComparison.Ordinal))
            return new WorkerFailure("it ran out of memory and ended the worker process",
                "Allocate less, or raise compute.memoryLimit (MB) in statiq.json.");
        var last = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(3);
        return new WorkerFailure($"it ended the worker process (exit code {code})",
            stderr.Length > 0 ? "The worker said: " + string.Join(" / ", last).Trim() : "Environment.Exit or a crash in native code?");
    }

    private void Kill()
    {
        Healthy = false;
        try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            try { _process.StandardInput.Close(); } catch (IOException) { }
            if (!_process.WaitForExit(2000)) Kill();
        }
        _process.Dispose();
    }
}

/// <summary>The worker could not answer: what happened, for the message that fails the page.</summary>
public sealed class WorkerFailure(string what, string hint) : Exception(what)
{
    public string Hint { get; } = hint;
}
