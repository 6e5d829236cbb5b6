using Blog.Diagnostics;
using Blog.Markup.Resources;
using Blog.Pipelines;

namespace Blog.Site;

/// <summary>
/// The files beside posts and pages (<see cref="PageResourcesExtension"/>) as documents to write beside
/// their pages. A file that went away since its page was parsed (the preview keeps parsed pages) is an
/// error at the link that named it.
/// </summary>
/// <param name="siteRoot">The site root, which <see cref="Document.Source"/> paths are relative to.</param>
/// <param name="pipelines">The pipelines whose documents carry resources.</param>
public sealed class PageResourceFiles(string siteRoot, params string[] pipelines) : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var resources = pipelines.SelectMany(context.OutputsOf)
            .SelectMany(d => d.Get<IReadOnlyList<PageResource>>(PageResourcesExtension.Key) ?? [])
            .DistinctBy(r => r.Destination, StringComparer.Ordinal).ToList();
        var read = await Task.WhenAll(resources.Select(async Task<Document?> (r) =>
        {
            try
            {
                var bytes = await File.ReadAllBytesAsync(r.File, context.CancellationToken);
                return new Document { Source = Path.GetRelativePath(siteRoot, r.File).Replace('\\', '/'), Destination = r.Destination, Bytes = bytes };
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Diagnostics.Add(Diagnostic.Error(r.Page, r.Line, r.Column,
                    $"The file beside this page, {Path.GetRelativePath(siteRoot, r.File).Replace('\\', '/')}, cannot be read: {e.Message}"));
                return null;
            }
        }));
        return [.. inputs, .. read.OfType<Document>()];
    }
}
