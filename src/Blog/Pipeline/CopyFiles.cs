namespace Blog.Pipeline;

/// <summary>
/// Output module: copies a folder (or the listed parts of it) into the output as is, without
/// reading it into documents. For large static trees such as MathJax.
/// </summary>
public sealed class CopyFiles(string sourceFolder, string outputFolder, string destination, params string[] parts) : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (!Directory.Exists(sourceFolder))
            throw new DirectoryNotFoundException($"Folder to copy not found: {sourceFolder}");
        await Parallel.ForEachAsync(Files(sourceFolder, parts), new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism }, (file, _) =>
        {
            var target = Path.Combine(outputFolder, destination, Path.GetRelativePath(sourceFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
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
