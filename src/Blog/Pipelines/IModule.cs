namespace Blog.Pipelines;

/// <summary>One step of a pipeline: documents in, documents out.</summary>
public interface IModule
{
    Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context);
}
