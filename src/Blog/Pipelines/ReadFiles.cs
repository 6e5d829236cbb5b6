using Microsoft.Extensions.FileSystemGlobbing;

namespace Blog.Pipelines;

/// <summary>Input module: one document per file under <paramref name="root"/> matching the glob patterns.</summary>
/// <param name="siteRoot">Folder that <see cref="Document.Source"/> paths are made relative to.</param>
public sealed class ReadFiles(string siteRoot, string root, params string[] patterns) : IModule
{
    public bool Binary { get; init; }

    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (!Directory.Exists(root)) return inputs;
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(patterns);
        var files = matcher.GetResultsInFullPath(root).Order(StringComparer.Ordinal).ToList();
        var cache = context.TryGet<FileReadCache>();
        var read = await Task.WhenAll(files.Select(async path =>
        {
            var source = Path.GetRelativePath(siteRoot, path).Replace('\\', '/');
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            var doc = new Document { Source = source }.With(Keys.RelativePath, relative);
            var stamp = default((long, DateTime));
            var content = cache?.TryGet(path, out stamp);
            if (content is null)
            {
                content = Binary
                    ? await File.ReadAllBytesAsync(path, context.CancellationToken)
                    : NormaliseNewlines(await File.ReadAllTextAsync(path, context.CancellationToken));
                cache?.Set(path, stamp, content);
            }
            return content is byte[] bytes ? doc with { Bytes = bytes } : doc with { Content = (string)content };
        }));
        return [.. inputs, .. read];
    }

    /// <summary>CRLF and CR become LF so line numbers and hashes are the same on every platform.</summary>
    private static string NormaliseNewlines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');
}
