using Blog.Content;
using Blog.Diagnostics;
using Blog.Markup;
using Blog.Markup.Diagrams;
using Blog.Pipelines;
using Blog.Workers;
using Markdig.Syntax;

namespace Blog.Typesetting.Diagrams;

/// <summary>
/// The drawing stage of a page, after compute and before its Markdown is rendered (in both math modes):
/// every ```tikz block of the body is drawn (<see cref="TikzDrawer"/>: cache, else the TeX engine) and its
/// SVG left on the block for the renderer, inline or, past <c>tikz.inlineLimit</c>, as a file beside the
/// page. The page's SVG files and fonts go on the document for <see cref="TikzAssets"/>. A TeX mistake is
/// a diagnostic at the Markdown file and the line of the block that TeX names (<see cref="TikzErrors"/>);
/// with <c>"tikz": {"errors": "warn"}</c> a warning, and the page shows the error in the diagram's place.
/// </summary>
public sealed class DrawDiagrams(TikzDrawer drawer, TikzSettings settings) : DocumentModule
{
    private int _setupReported;

    protected override async Task<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context)
    {
        var blocks = input.Require<PostSyntax>(BlogKeys.Syntax).Body.Descendants<TikzBlock>().Where(b => b.Errors.Count == 0).ToList();
        if (blocks.Count == 0) return [input];
        var file = input.Require<Entry>(BlogKeys.Entry).SourceFile;
        var warn = settings.Errors == MathErrors.Warn;
        var failed = false;
        var files = new List<TikzFile>();
        var fonts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            var source = TikzSource.For(block);
            Diagnostic? problem;
            try
            {
                var (key, result) = await drawer.DrawAsync(source.Tex, context.CancellationToken);
                if (result.Svg is { } svg)
                {
                    var name = "tikz-" + key[..16] + ".svg";
                    block.Drawing = new TikzDrawing(svg, name, svg.Length <= settings.InlineLimit);
                    files.Add(new TikzFile(name, svg));
                    fonts.UnionWith(result.Fonts);
                    continue;
                }
                problem = TikzErrors.Place(result.Error!, block, source, file, drawer.Packages, drawer.Libraries);
            }
            catch (WorkerTimeoutException e)
            {
                problem = Diagnostic.Error(file, block.TexLine, 1,
                    $"TeX did not finish the tikz diagram within {e.Limit.TotalSeconds:0.#} s (tikz.timeout) and was stopped.",
                    "Look for a macro that calls itself (\\def\\a{\\a}\\a) or a loop that never ends; a diagram that is only slow needs \"tikz\": {\"timeout\": seconds} in statiq.json.");
            }
            catch (TikzWorkerException e)
            {
                var log = string.Join("\n    ", e.Log.Split('\n').Where(l => l.Trim().Length > 0).TakeLast(5));
                problem = Diagnostic.Error(file, block.TexLine, 1, e.Message, log.Length > 0 ? "The worker said: " + log : null);
            }
            catch (DiagnosticException e)
            {
                // node-tikzjax missing: the same for every page, said once.
                if (Interlocked.Exchange(ref _setupReported, 1) == 0) context.Diagnostics.Add(e.Diagnostic);
                return [];
            }
            if (warn)
            {
                context.Diagnostics.Add(problem with { Severity = Severity.Warning, Hint = null });
                block.Drawing = TikzDrawing.Failed(problem.Message);
            }
            else
            {
                context.Diagnostics.Add(problem);
                failed = true;
            }
        }
        if (failed) return [];
        return [input.With([new(TikzKeys.Files, files), new(TikzKeys.Fonts, fonts.ToList())])];
    }
}

/// <summary>A diagram's SVG file, written beside its page.</summary>
public sealed record TikzFile(string Name, string Svg);

/// <summary>Metadata the drawing stage leaves on a page's document.</summary>
public static class TikzKeys
{
    /// <summary>The page's <see cref="TikzFile"/>s.</summary>
    public const string Files = "tikz.files";
    /// <summary>The font families (<c>cmr10</c>, …) the page's diagrams use.</summary>
    public const string Fonts = "tikz.fonts";
}
