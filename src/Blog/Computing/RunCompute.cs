using Blog.Workers;
using Blog.Content;
using Blog.Diagnostics;
using Blog.Markup;
using Blog.Markup.ComputeBlocks;
using Blog.Pipelines;

namespace Blog.Computing;

/// <summary>
/// The compute stage of a page, before its Markdown is rendered: finds the page's compute units,
/// takes their results from the cache when every one of them is there, else runs the whole page
/// on a worker (blocks share state, so a changed block reruns the ones before it too), and leaves
/// the results on the document for the renderers. Reads the tree <see cref="ParseMarkdown"/> made: no second parse.
/// </summary>
public sealed class RunCompute(ComputeSettings settings, string cacheFolder, string dataRoot, bool useCache)
    : DocumentModule
{
    private readonly ComputeCache _cache = new(cacheFolder, dataRoot);

    protected override async Task<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context)
    {
        var entry = input.Require<Entry>(BlogKeys.Entry);
        var page = ComputePage.Find(input.Require<PostSyntax>(BlogKeys.Syntax).Body, input.Source);
        if (page.IsEmpty) return [input];

        var seed = Seed(input.Source);
        var keys = ComputeCache.Keys(page.Units, seed);
        var results = useCache ? Cached(page.Units, keys) : null;
        if (results is null)
        {
            var places = new ErrorPlaces(input.Source, input.Content.Split('\n'), entry.BodyStartLine);
            var runner = new PageRunner(settings, places, seed, dataRoot);
            IReadOnlyList<PageRunner.Ran> ran;
            try
            {
                ran = await ComputeWorkerPool.For(settings).UseAsync(w => runner.RunAsync(w, page.Units, context.CancellationToken), context.CancellationToken);
            }
            catch (WorkerException failure) // a worker that cannot start, or a page's process that would not end: blocks' failures are placed by the runner
            {
                throw new DiagnosticException(Diagnostic.Error(input.Source, page.Units[0].Line, 1,
                    failure.Message, failure.Stderr.Length > 0 ? "The worker said: " + failure.Stderr.Trim() : null));
            }
            for (var i = 0; i < ran.Count; i++)
                if (page.Units[i].Options.Cache) _cache.Store(keys[i], ran[i].Result, ran[i].DataFiles);
            results = ran.Select(r => r.Result).ToList();
        }
        return [input.With(ComputeResults.Key, new ComputeResults(page, Assemble(page, results), settings))];
    }

    /// <summary>All results from the cache, or null when any unit must run (then they all do).</summary>
    private List<UnitResult>? Cached(IReadOnlyList<ComputeUnit> units, IReadOnlyList<string> keys)
    {
        var results = new List<UnitResult>(units.Count);
        for (var i = 0; i < units.Count; i++)
        {
            if (!units[i].Options.Cache || _cache.Load(keys[i]) is not { } result) return null;
            results.Add(result);
        }
        return results;
    }

    /// <summary>Results by the source position of their block or inline code; caption values put into their block's caption.</summary>
    private static Dictionary<int, UnitResult> Assemble(ComputePage page, IReadOnlyList<UnitResult> results)
    {
        var bySpan = new Dictionary<int, UnitResult>();
        for (var i = 0; i < page.Units.Count; i++)
        {
            var unit = page.Units[i];
            if (unit.Kind != UnitKind.Caption)
            {
                bySpan[unit.SpanStart] = unit.Kind == UnitKind.Block ? results[i] with { Caption = unit.Options.Caption } : results[i];
                continue;
            }
            var owner = bySpan[unit.OwnerSpan!.Value];
            var value = string.Concat(results[i].Outputs.Select(o => o.Content)).TrimEnd('\n');
            bySpan[unit.SpanStart] = owner with { Caption = owner.Caption!.Replace(unit.CaptionSource!, value) };
        }
        return bySpan;
    }

    /// <summary>A seed from the page's path: the same on every build and machine, different between pages.</summary>
    private static int Seed(string source)
    {
        var hash = 2166136261u;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(source.Replace('\\', '/'))) hash = (hash ^ b) * 16777619u;
        return (int)(hash & 0x7fffffff);
    }
}
