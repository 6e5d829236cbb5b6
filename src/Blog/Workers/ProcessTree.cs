namespace Blog.Workers;

/// <summary>
/// The processes a worker started (and theirs), read from <c>/proc</c> on Linux, so that ending a
/// worker can be checked: a page's <c>Process.Start("sleep", "3600")</c> must not outlive it.
/// Elsewhere only the kill of <see cref="System.Diagnostics.Process.Kill(bool)"/> is relied on.
/// </summary>
public static class ProcessTree
{
    /// <summary>Ids of every live descendant of <paramref name="root"/> (not the root itself).</summary>
    public static IReadOnlyList<int> Descendants(int root)
    {
        if (!OperatingSystem.IsLinux()) return [];
        var children = new Dictionary<int, List<int>>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
            if (int.TryParse(Path.GetFileName(dir), out var pid) && Stat(pid) is { Parent: var parent })
                (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(pid);
        var found = new List<int>();
        var queue = new Queue<int>([root]);
        while (queue.TryDequeue(out var pid))
            foreach (var child in children.GetValueOrDefault(pid) ?? [])
            {
                found.Add(child);
                queue.Enqueue(child);
            }
        return found;
    }

    /// <summary>True when the process is gone or a zombie (killed, only waiting for its parent to read its exit code).</summary>
    public static bool HasEnded(int pid) => Stat(pid) is not { State: not 'Z' and not 'X' };

    /// <summary>State and parent from /proc/pid/stat; the command name in parentheses may hold spaces, so fields are read after its ')'.</summary>
    private static (char State, int Parent)? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return (fields[0][0], int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
