using Blog.Pipelines;

namespace Blog.Content;

/// <summary>Newest first; ties broken by source path so the order never depends on the file system.</summary>
public sealed class SortByDate : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
        => Task.FromResult<IReadOnlyList<Document>>(inputs
            .OrderByDescending(d => d.Require<Entry>(BlogKeys.Entry).Date)
            .ThenBy(d => d.Source, StringComparer.Ordinal)
            .ToList());
}
