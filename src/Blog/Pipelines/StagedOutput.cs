using Blog.Diagnostics;

namespace Blog.Pipelines;

/// <summary>
/// Atomic output: a build writes into a fresh staging folder beside the output folder and only a
/// successful build swaps it in. A failed build deletes its staging folder and leaves the previous
/// output exactly as it was.
/// <para>
/// The swap, and what a kill at each point leaves (folders carry the process id of their build):
/// (1) an empty file <c>.output.staging-ID.complete</c> marks the staging folder as a finished build;
/// (2) output/ is renamed to <c>.output.old-ID</c>; (3) the staging folder is renamed to output/;
/// (4) the marker is removed and the old folder renamed to <c>.output.trash-ID</c>, then deleted.
/// A folder named <c>old</c> is therefore always a whole former output, and a staging folder with its
/// marker a whole new one. The next build, before anything else (<see cref="Prepare"/>), puts back a
/// missing output/ from the newest complete copy (a marked staging folder, else an old one) and says so
/// (<see cref="Recovery"/>); it deletes leftovers of dead builds only once output/ exists, so the only
/// complete copy is never deleted.
/// </para>
/// </summary>
public sealed class StagedOutput(string outputFolder) : IBuildOutput
{
    private const string Staging = ".staging-", Old = ".old-", Trash = ".trash-", Complete = ".complete";

    public string OutputFolder { get; } = Path.GetFullPath(outputFolder);

    public string StagingFolder { get; } = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outputFolder))!,
        $".{Path.GetFileName(Path.GetFullPath(outputFolder))}{Staging}{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>What <see cref="Prepare"/> did about a build killed during its swap (a warning naming the folder restored), or null.</summary>
    public Diagnostic? Recovery { get; private set; }

    string IBuildOutput.Folder => StagingFolder;

    private string Parent => Path.GetDirectoryName(OutputFolder)!;
    private string Name => Path.GetFileName(OutputFolder);

    public void Prepare()
    {
        Restore();
        RemoveLeftovers();
        Directory.CreateDirectory(StagingFolder);
    }

    /// <summary>
    /// When output/ is missing, the newest complete copy left by a build killed during its swap becomes
    /// output/ again: a staging folder marked complete (the newer build), else an old one (the one before).
    /// </summary>
    private void Restore()
    {
        if (Directory.Exists(OutputFolder) || !Directory.Exists(Parent)) return;
        var complete = Leftovers(Staging).Where(f => File.Exists(f + Complete))
            .OrderByDescending(f => File.GetLastWriteTimeUtc(f + Complete))
            .Concat(Leftovers(Old).OrderByDescending(Directory.GetLastWriteTimeUtc))
            .FirstOrDefault();
        if (complete is null) return;
        Directory.Move(complete, OutputFolder);
        TryDeleteFile(complete + Complete);
        Recovery = Diagnostic.Warning(Name + "/", 0, 0,
            $"{Name}/ was missing: a build was stopped during its swap. Restored the complete build it left ({Path.GetFileName(complete)}) as {Name}/.",
            "Nothing was lost; this build goes on as usual and replaces it if it succeeds.");
    }

    /// <summary>Folders of this output of the given kind whose build is no longer running.</summary>
    private IEnumerable<string> Leftovers(string kind) => Directory.EnumerateDirectories(Parent, $".{Name}{kind}*")
        .Where(folder =>
        {
            var rest = Path.GetFileName(folder)[(Name.Length + 1 + kind.Length)..];
            var dash = rest.IndexOf('-');
            // Folders of older versions have no process id: no build of this version writes them.
            return !(dash > 0 && int.TryParse(rest[..dash], out var pid) && IsRunning(pid));
        }).ToList();

    /// <summary>Staging, old and trash folders of builds that were killed, once output/ exists (never the only complete copy).</summary>
    private void RemoveLeftovers()
    {
        if (!Directory.Exists(Parent) || !Directory.Exists(OutputFolder)) return;
        foreach (var kind in new[] { Staging, Old, Trash })
            foreach (var folder in Leftovers(kind))
            {
                TryDelete(folder);
                TryDeleteFile(folder + Complete);
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
        var marker = StagingFolder + Complete;
        File.WriteAllBytes(marker, []);
        var old = StagingFolder.Replace(Staging, Old);
        if (Directory.Exists(OutputFolder)) Directory.Move(OutputFolder, old);
        try
        {
            Directory.Move(StagingFolder, OutputFolder);
        }
        catch (Exception) when (Directory.Exists(old) && !Directory.Exists(OutputFolder))
        {
            Directory.Move(old, OutputFolder); // the previous output stays
            throw;
        }
        TryDeleteFile(marker);
        if (!Directory.Exists(old)) return;
        var trash = StagingFolder.Replace(Staging, Trash);
        try { Directory.Move(old, trash); }
        catch (IOException) { trash = old; }
        TryDelete(trash);
    }

    public void Discard()
    {
        TryDelete(StagingFolder);
        TryDeleteFile(StagingFolder + Complete);
    }

    private static void TryDelete(string folder)
    {
        try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* a leftover temp folder is harmless; the next build uses a new name */ }
    }

    private static void TryDeleteFile(string file)
    {
        try { File.Delete(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* removed by the next build */ }
    }
}
