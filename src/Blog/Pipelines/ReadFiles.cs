using Microsoft.Extensions.FileSystemGlobbing;

namespace Blog.Pipelines;

/// <summary>Input module: one document per file under <paramref name="root"/> matching the glob patterns.</summary>
/// <param name="siteRoot">Folder that <see cref="Document.Source"/> paths are made relative to.</param>
public sealed class ReadFiles(string siteRoot, string root, params string[] patterns) : IModule
{
    public bool Binary { get; init; }

    /// <summary>Which files may be read once symbolic links are followed; by default only those inside the site root.</summary>
    public ContainedPaths? Containment { get; init; }

    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (!Directory.Exists(root)) return inputs;
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(patterns);
        // Our own walk, not the matcher's: it follows links only inside the site and stops at loops.
        var problems = new List<Blog.Diagnostics.Diagnostic>();
        var candidates = (Containment ?? new ContainedPaths(siteRoot)).Files(root, problems);
        foreach (var p in problems) context.Diagnostics.Add(p);
        var matched = matcher.Match(root, candidates).Files.Select(m => m.Path).ToHashSet(StringComparer.Ordinal);
        var files = candidates.Where(f => matched.Contains(Path.GetRelativePath(root, f).Replace('\\', '/'))).ToList();
        var cache = context.TryGet<FileReadCache>();
        var read = await Task.WhenAll(files.Select(async Task<Document?> (path) =>
        {
            var source = Path.GetRelativePath(siteRoot, path).Replace('\\', '/');
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            var doc = new Document { Source = source }.With(Keys.RelativePath, relative);
            var stamp = default((long, DateTime));
            var content = cache?.TryGet(path, out stamp);
            if (content is null)
            {
                try
                {
                    content = Binary
                        ? await File.ReadAllBytesAsync(path, context.CancellationToken)
                        : NormaliseNewlines(await File.ReadAllTextAsync(path, context.CancellationToken));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    context.Diagnostics.Add(Blog.Diagnostics.Diagnostic.Error(source, 0, 0, $"'{source}' cannot be read: {e.Message}",
                        e is UnauthorizedAccessException ? "Give the user running the build permission to read it (chmod a+r)." : null));
                    return null;
                }
                cache?.Set(path, stamp, content);
            }
            return content is byte[] bytes ? doc with { Bytes = bytes } : doc with { Content = (string)content };
        }));
        return [.. inputs, .. read.OfType<Document>()];
    }

    /// <summary>CRLF and CR become LF so line numbers and hashes are the same on every platform.</summary>
    private static string NormaliseNewlines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');
}
