using System.Runtime.InteropServices;

namespace Blog.Workers;

/// <summary>
/// Every worker a build starts, and every process a worker starts, carries the environment variable
/// <see cref="Variable"/> = <c>buildPid.buildStart.workerId</c> (inherited by children, also by those a
/// compute block detaches with <c>setsid … &amp; disown</c>), so that they can be found in <c>/proc</c>
/// without their parent links: a worker is ended with every process that holds its value, and a
/// build ends, at its start, the processes of builds that are no longer running (killed with
/// SIGKILL or SIGHUP). <c>buildStart</c> is the build's start time from <c>/proc/self/stat</c>, so a
/// reused process id is not taken for the build. Linux only; elsewhere nothing is found.
/// Limit: a process that clears its environment (<c>env -i</c>) or is started by another service
/// (systemd-run, a container runtime) does not carry the variable and is not found.
/// </summary>
public static class ProcessMarker
{
    /// <summary>The name of the variable.</summary>
    public const string Variable = "BLOG_WORKER_OF";

    private static readonly Lazy<string> Build = new(() => $"{Environment.ProcessId}.{StartTime(Environment.ProcessId)}");

    /// <summary>This build process: <c>pid.start</c>.</summary>
    public static string BuildId => Build.Value;

    /// <summary>A value for a new worker of this build.</summary>
    public static string NewWorker() => $"{BuildId}.{Guid.NewGuid():N}";

    /// <summary>Ids of the live processes whose <see cref="Variable"/> satisfies <paramref name="match"/>, this process excluded.</summary>
    public static IReadOnlyList<int> Find(Func<string, bool> match)
    {
        if (!OperatingSystem.IsLinux()) return [];
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
            if (int.TryParse(Path.GetFileName(dir), out var pid) && pid != Environment.ProcessId
                && ValueOf(pid) is { } value && match(value) && !ProcessTree.HasEnded(pid))
                found.Add(pid);
        return found;
    }

    /// <summary>Kills (SIGKILL) every process that holds exactly <paramref name="value"/>, except <paramref name="spare"/>.</summary>
    public static int KillAll(string value, int spare = 0) => Kill(Find(v => v == value).Where(p => p != spare));

    /// <summary>
    /// Kills the processes of builds that are no longer running (their <c>pid.start</c> names no live
    /// process): workers and their children left by a build killed with SIGKILL or SIGHUP. Returns how many.
    /// </summary>
    public static int EndLeftovers() => Kill(Find(value =>
    {
        var parts = value.Split('.');
        return parts.Length == 3 && int.TryParse(parts[0], out var pid) && StartTime(pid) != parts[1];
    }));

    private static int Kill(IEnumerable<int> pids)
    {
        var count = 0;
        foreach (var pid in pids)
            if (kill(pid, 9) == 0) count++;
        return count;
    }

    /// <summary>The value of <see cref="Variable"/> in the environment of <paramref name="pid"/>, or null (none, gone, not ours to read).</summary>
    public static string? ValueOf(int pid)
    {
        try
        {
            var prefix = Variable + "=";
            foreach (var entry in File.ReadAllText($"/proc/{pid}/environ").Split('\0'))
                if (entry.StartsWith(prefix, StringComparison.Ordinal)) return entry[prefix.Length..];
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Field 22 of /proc/pid/stat (start time in clock ticks since boot), or "" when there is no such process.</summary>
    private static string StartTime(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return fields[19];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or IndexOutOfRangeException)
        {
            return "";
        }
    }

    /// <summary>
    /// In a worker: ends this process, and every process that holds its value, when its parent (the
    /// build) is gone, checked twice a second on a thread of its own (a busy block does not stop it).
    /// PR_SET_PDEATHSIG is not used: it fires when the <em>thread</em> that started the worker exits,
    /// and .NET starts workers from pool threads, which come and go.
    /// </summary>
    public static void WatchParent()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable(Variable) is not { } value) return;
        var parent = getppid();
        var thread = new Thread(() =>
        {
            while (getppid() == parent) Thread.Sleep(500);
            KillAll(value, spare: Environment.ProcessId);
            kill(Environment.ProcessId, 9);
        }) { IsBackground = true, Name = "parent watch" };
        thread.Start();
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);

    [DllImport("libc")]
    private static extern int getppid();
}
