namespace Blog.Pipelines;

/// <summary>
/// Atomic output: a build writes into a fresh staging folder beside the output folder and only a
/// successful build swaps it in, with two renames. A failed build deletes its staging folder and
/// leaves the previous output exactly as it was.
/// </summary>
public sealed class StagedOutput(string outputFolder) : IBuildOutput
{
    public string OutputFolder { get; } = Path.GetFullPath(outputFolder);

    public string StagingFolder { get; } = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outputFolder))!,
        $".{Path.GetFileName(Path.GetFullPath(outputFolder))}.staging-{Guid.NewGuid():N}");

    string IBuildOutput.Folder => StagingFolder;

    public void Prepare() => Directory.CreateDirectory(StagingFolder);

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
