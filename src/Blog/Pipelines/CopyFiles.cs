namespace Blog.Pipelines;

/// <summary>
/// Output module: copies a folder (or the listed parts of it) into the output as is, without
/// reading it into documents. For large static trees such as MathJax. With an <see cref="IOutputLedger"/>
/// (preview), a file whose source has the same size and time as last build is not copied again.
/// </summary>
public sealed class CopyFiles(string sourceFolder, string outputFolder, string destination, params string[] parts) : IModule
{
    /// <summary>When set, files are hard-linked from its private copies instead of copied (<see cref="LinkedCopies"/>).</summary>
    public LinkedCopies? Links { get; init; }

    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (!Directory.Exists(sourceFolder))
            throw new DirectoryNotFoundException($"Folder to copy not found: {sourceFolder}");
        var ledger = context.TryGet<IOutputLedger>();
        await Parallel.ForEachAsync(Files(sourceFolder, parts), new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism }, (file, _) =>
        {
            var relative = Path.Combine(destination, Path.GetRelativePath(sourceFolder, file));
            var info = new FileInfo(file);
            var signature = $"{info.FullName}|{info.Length}|{info.LastWriteTimeUtc.Ticks}";
            if (ledger?.TryReuse(relative, signature) == true) return ValueTask.CompletedTask;
            var target = Path.Combine(outputFolder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (Links is not null) Links.Place(file, target);
            else File.Copy(file, target, overwrite: true);
            ledger?.Record(relative, target, signature);
            return ValueTask.CompletedTask;
        });
        return inputs;
    }

    /// <summary>The files a copy of <paramref name="parts"/> (all when empty) of the folder takes.</summary>
    public static IEnumerable<string> Files(string sourceFolder, params string[] parts)
    {
        var roots = parts.Length == 0 ? [sourceFolder] : parts.Select(p => Path.Combine(sourceFolder, p));
        return roots.SelectMany(r => File.Exists(r) ? [r] : Directory.EnumerateFiles(r, "*", SearchOption.AllDirectories));
    }
}
