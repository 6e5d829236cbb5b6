using System.Globalization;
using System.Text;

namespace Blog.Compute;

/// <summary>
/// The worker process (<c>blog compute-worker</c>): reads requests from stdin, answers on stdout.
/// Its own stdout is kept for the protocol; what the code prints goes to the page instead.
/// </summary>
public static class WorkerMain
{
    /// <summary>The hidden command of this tool that starts a worker (<c>blog compute-worker</c>).</summary>
    public const string CommandName = "compute-worker";

    public static async Task<int> RunAsync()
    {
        // Numbers print the same on every machine, whatever the locale of the one building the site.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
        var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        var runner = new ScriptRunner();
        while (await input.ReadLineAsync() is { } line)
        {
            var request = Protocol.Read<WorkerRequest>(line);
            var response = request.Op switch
            {
                "begin" => runner.Begin(request),
                "run" => await runner.RunAsync(request),
                _ => new WorkerResponse { Ok = false, Error = new WorkerError(WorkerError.Runtime, $"unknown op '{request.Op}'") },
            };
            await output.WriteLineAsync(Protocol.Write(response));
        }
        return 0;
    }
}
