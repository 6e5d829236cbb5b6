using Blog.Pipelines;

namespace Blog.Content;

/// <summary>Drops drafts unless the build was asked to include them (<c>--drafts</c>).</summary>
public sealed class ExcludeDrafts(bool includeDrafts) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
        => Task.FromResult<IReadOnlyList<Document>>(includeDrafts
            ? inputs
            : inputs.Where(d => !d.Require<Entry>(BlogKeys.Entry).Draft).ToList());
}
