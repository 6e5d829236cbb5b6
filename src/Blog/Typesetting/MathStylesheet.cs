using Blog.Diagnostics;
using Blog.Pipelines;

namespace Blog.Typesetting;

/// <summary>
/// Build mode: one stylesheet for the typeset math of the whole site, <c>assets/mathjax/mathjax.css</c>:
/// MathJax's own sheet for the union of the pages' style usage (wrappers, glyphs, delimiters), in page
/// order, as MathJax would write it for one document holding all the site's math. Made once per build
/// by a worker (kept in the cache by its usage, so an unchanged site starts no worker for it).
/// </summary>
public sealed class MathStylesheet(bool buildMode, MathTypesetter typesetter, params string[] pipelines) : IModule
{
    public const string Destination = MathJaxConfig.AssetFolder + "/mathjax.css";

    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (!buildMode) return inputs;
        var usages = pipelines.SelectMany(context.OutputsOf).Select(d => d.Get<StyleUsage>(MathKeys.StyleUsage)).OfType<StyleUsage>().ToList();
        // Written even when no page has math: the base layout links it on every page in build mode.
        string css;
        try
        {
            css = usages.Count == 0 ? "/* This site has no typeset math yet. */\n" : await typesetter.StylesheetAsync(StyleUsage.Union(usages), context.CancellationToken);
        }
        catch (MathWorkerException e)
        {
            throw new DiagnosticException(Diagnostic.Error(Destination, 0, 0, "The stylesheet of the typeset math could not be made: " + e.Message,
                e.Log.Length > 0 ? "MathJax said: " + string.Join("\n    ", e.Log.Split('\n').TakeLast(5)) : null));
        }
        return [.. inputs, new Document { Destination = Destination, Content = css }];
    }
}
