using Blog.Pipelines;

namespace Blog.Typesetting;

/// <summary>
/// Build mode: one stylesheet for the typeset math of the whole site, <c>assets/mathjax/mathjax.css</c>.
/// Each page's MathJax stylesheet covers just its own math (glyph padding, font faces, the wrappers
/// it uses); they are merged rule by rule, keeping MathJax's order, since later rules may override earlier ones.
/// </summary>
public sealed class MathStylesheet(bool buildMode, MathTypesetter typesetter, params string[] pipelines) : IModule
{
    public const string Destination = MathJaxConfig.AssetFolder + "/mathjax.css";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (!buildMode) return Task.FromResult(inputs);
        var keys = pipelines.SelectMany(context.OutputsOf).Select(d => d.Get<string>(MathKeys.TypesetKey)).OfType<string>().Distinct().ToList();
        // Written even when no page has math: the base layout links it on every page in build mode.
        var css = keys.Count == 0 ? "/* This site has no typeset math yet. */\n" : typesetter.Stylesheet(keys);
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, new Document { Destination = Destination, Content = css }]);
    }

    /// <summary>Union of the rules of all sheets; a rule missing so far goes right after the rule that precedes it in its sheet.</summary>
    public static string Merge(IEnumerable<string> sheets)
    {
        var merged = new LinkedList<string>();
        var nodes = new Dictionary<string, LinkedListNode<string>>(StringComparer.Ordinal);
        foreach (var sheet in sheets.Distinct(StringComparer.Ordinal))
        {
            LinkedListNode<string>? previous = null;
            foreach (var rule in Rules(sheet))
            {
                if (!nodes.TryGetValue(rule, out var node))
                {
                    node = previous is null ? merged.AddFirst(rule) : merged.AddAfter(previous, rule);
                    nodes[rule] = node;
                }
                previous = node;
            }
        }
        return string.Join("\n\n", merged) + "\n";
    }

    private static IEnumerable<string> Rules(string sheet) => sheet.Replace("\r\n", "\n")
        .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
