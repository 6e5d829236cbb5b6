using Blog.Content;
using Blog.Diagnostics;
using Blog.Pipelines;

namespace Blog.Theme;

/// <summary>
/// Puts each post or page through its layout. Runs in PostProcess, when every post is known, so a
/// post links to its neighbours (inputs are sorted newest first).
/// </summary>
public sealed class ApplyLayouts(Func<PipelineContext, PageRenderer> renderer, ModelFactory models) : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var pages = renderer(context);
        var results = new Document?[inputs.Count];
        await Parallel.ForAsync(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism }, (i, _) =>
        {
            var doc = inputs[i];
            var entry = doc.Require<Entry>(BlogKeys.Entry);
            var isPost = entry.Kind == EntryKind.Post;
            // Newest first: the previous (older) post is the next one in the list.
            var prev = isPost && i + 1 < inputs.Count ? models.Link(inputs[i + 1]) : null;
            var next = isPost && i > 0 ? models.Link(inputs[i - 1]) : null;
            var unknown = Diagnostic.Error(entry.SourceFile, entry.FrontMatterLine("layout"), 1, $"Unknown layout '{entry.Layout}'.",
                $"Use one of the layouts in theme/layouts/: {string.Join(", ", pages.Layouts)}.");
            try
            {
                results[i] = doc with { Content = pages.Render(entry.Layout, models.Post(doc, prev, next), unknown) };
            }
            catch (DiagnosticException e)
            {
                context.Diagnostics.Add(e.Diagnostic);
            }
            return ValueTask.CompletedTask;
        });
        return results.OfType<Document>().ToList();
    }
}
