using System.Globalization;
using Blog.Workers;

namespace Blog.Computing;

/// <summary>
/// One compute worker (this tool run as <c>blog compute-worker</c>) seen from the builder, on the
/// shared <see cref="WorkerHost"/>. A worker serves one page and is then ended with every process
/// the page started, so no thread, process, console writer or static field of one page reaches another.
/// </summary>
public sealed class WorkerProcess : IPooledWorker
{
    private readonly WorkerHost _host;

    private WorkerProcess(WorkerHost host) => _host = host;

    public int ProcessId => _host.ProcessId;
    /// <summary>True once the worker process has ended.</summary>
    public bool HasExited => _host.HasExited;

    public static WorkerProcess Start(int memoryLimitMb)
    {
        var (file, args) = SelfCommand();
        return new WorkerProcess(WorkerHost.Start(new WorkerStart("The compute worker", file, args)
        {
            Environment = new Dictionary<string, string>
            {
                // A runaway allocation throws OutOfMemoryException in the block instead of swapping the machine.
                ["DOTNET_GCHeapHardLimit"] = ((long)memoryLimitMb * 1024 * 1024).ToString("X", CultureInfo.InvariantCulture),
                ["DOTNET_gcServer"] = "0",
            },
        }));
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

    /// <summary>One request; throws <see cref="WorkerTimeoutException"/> or <see cref="WorkerDiedException"/> (see <see cref="WorkerDeath"/>).</summary>
    public Task<WorkerResponse> SendAsync(WorkerRequest request, TimeSpan timeout, CancellationToken cancellationToken) =>
        _host.RequestAsync<WorkerRequest, WorkerResponse>(request, timeout, Protocol.Json, cancellationToken);

    /// <summary>Ends the worker and every process its page started, checked gone.</summary>
    public Task EndAsync() => _host.KillAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
