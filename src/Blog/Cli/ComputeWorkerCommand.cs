using System.CommandLine;
using Blog.Computing;

namespace Blog.Cli;

/// <summary>The hidden command the build starts its compute workers with; not for people.</summary>
public static class ComputeWorkerCommand
{
    public const string Name = WorkerMain.CommandName;

    public static Command Create()
    {
        var command = new Command(Name, "Runs compute blocks for the build (internal).") { Hidden = true };
        command.SetAction(async (_, _) => await WorkerMain.RunAsync());
        return command;
    }
}
