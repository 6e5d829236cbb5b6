using Blog.Pipelines;

namespace Blog.Site;

/// <summary>Theme and site assets keep their relative path under <c>assets/</c>; the site's own override the theme's.</summary>
public sealed class AssetDestinations : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
        => Task.FromResult<IReadOnlyList<Document>>(inputs
            .Select(d => d with { Destination = "assets/" + d.Require<string>(Keys.RelativePath) })
            .GroupBy(d => d.Destination, StringComparer.Ordinal)
            .Select(g => g.Last()) // input/assets was read after theme/assets
            .ToList());
}
