namespace Blog.Pipelines;

/// <summary>
/// Atomic output: a build writes into a fresh staging folder beside the output folder and only a
/// successful build swaps it in, with two renames. A failed build deletes its staging folder and
/// leaves the previous output exactly as it was. A build that was killed cannot clean up: its
/// folders carry its process id, and the next build deletes those whose process is gone.
/// </summary>
public sealed class StagedOutput(string outputFolder) : IBuildOutput
{
    public string OutputFolder { get; } = Path.GetFullPath(outputFolder);

    public string StagingFolder { get; } = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outputFolder))!,
        $".{Path.GetFileName(Path.GetFullPath(outputFolder))}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");

    string IBuildOutput.Folder => StagingFolder;

    public void Prepare()
    {
        RemoveLeftovers();
        Directory.CreateDirectory(StagingFolder);
    }

    /// <summary>Staging and old folders of builds that were killed: named after this output, their process no longer running.</summary>
    private void RemoveLeftovers()
    {
        var parent = Path.GetDirectoryName(OutputFolder)!;
        if (!Directory.Exists(parent)) return;
        var name = Path.GetFileName(OutputFolder);
        foreach (var kind in new[] { ".staging-", ".old-" })
            foreach (var folder in Directory.EnumerateDirectories(parent, $".{name}{kind}*"))
            {
                var rest = Path.GetFileName(folder)[(name.Length + 1 + kind.Length)..];
                var dash = rest.IndexOf('-');
                // Folders of older versions have no process id: no build of this version writes them.
                if (dash > 0 && int.TryParse(rest[..dash], out var pid) && IsRunning(pid)) continue;
                TryDelete(folder);
            }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public void Commit()
    {
        var old = StagingFolder.Replace(".staging-", ".old-");
        if (Directory.Exists(OutputFolder)) Directory.Move(OutputFolder, old);
        Directory.Move(StagingFolder, OutputFolder);
        if (Directory.Exists(old)) TryDelete(old);
    }

    public void Discard() => TryDelete(StagingFolder);

    private static void TryDelete(string folder)
    {
        try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless; the next build uses a new name */ }
    }
}
