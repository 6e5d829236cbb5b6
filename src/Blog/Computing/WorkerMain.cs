using System.Globalization;
using System.Text;
using Blog.Workers;

namespace Blog.Computing;

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
        // A build that dies (SIGKILL, SIGHUP) takes this worker, and what its blocks started, with it.
        ProcessMarker.WatchParent();
        // A thread a block started that throws ends the process; say which block started it before it does.
        var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
        var runner = new ScriptRunner();
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            if (e.ExceptionObject is Exception exception)
                stderr.WriteLine($"{WorkerDeath.UnhandledMarker}{runner.UnitOf(exception)} {exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")}");
        };
        var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
        var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        while (await input.ReadLineAsync() is { } line)
        {
            var request = Protocol.Read<WorkerRequest>(line);
            var response = request.Op switch
            {
                "begin" => runner.Begin(request),
                "run" => await runner.RunAsync(request),
                _ => new WorkerResponse { Ok = false, Error = new WorkerError(WorkerError.Runtime, $"unknown op '{request.Op}'") },
            };
            var answer = Protocol.Write(response);
            if (answer.Length > runner.OutputLimit)
                answer = Protocol.Write(new WorkerResponse { Ok = false, Error = LimitedConsole.TooLarge(answer.Length, runner.OutputLimit), DataFiles = response.DataFiles });
            await output.WriteLineAsync(answer);
        }
        return 0;
    }
}
