using ArchUnitNET.Fluent.Slices;
using ArchUnitNET.Loader;

namespace Blog.Tests.Architecture;

/// <summary>
/// Stage folders depend one way, in the order a page goes through them (docs: src/Blog/README.md, "The folders"):
/// a stage may use an earlier one, never a later one, and no namespaces form a cycle. Read from the
/// compiled assembly with ArchUnitNET, so every type reference counts, not only <c>using</c> lines.
/// </summary>
public class StageDependencyTests
{
    /// <summary>The stages in the page's order; Preview, Deploy and Import sit on top, with Cli above them, side by side.</summary>
    public static readonly string[][] Layers =
    [
        ["Diagnostics"], ["Workers"], ["Pipelines"], ["Configuration"], ["Content"], ["Markup"], ["Computing"],
        ["Typesetting"], ["Theme"], ["Site"], ["Preview", "Deploy", "Import"], ["Cli"],
    ];

    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Blog = new(() =>
        new ArchLoader().LoadAssemblies(typeof(global::Blog.Pipelines.Engine).Assembly).Build());

    [Fact]
    public void No_stage_uses_a_later_stage()
    {
        var edges = StageEdges(Blog.Value);
        var backward = edges.Where(e => Rank(e.From) <= Rank(e.To))
            .Select(e => $"{e.From} → {e.To}: {e.Example}").Distinct().ToList();
        Assert.True(backward.Count == 0, "Backward dependencies between stages:\n" + string.Join("\n", backward));
    }

    [Fact]
    public void Namespaces_are_free_of_cycles()
    {
        // Every namespace is a slice, sub-namespaces too: a feature folder (Markup.CubeBlocks) may use
        // its stage's root, or the root may wire the feature in, not both.
        var rule = SliceRuleDefinition.Slices().Matching("Blog.(**)").Should().BeFreeOfCycles();
        var failures = rule.Evaluate(Blog.Value).Where(r => !r.Passed).Select(r => r.Description).ToList();
        Assert.True(failures.Count == 0, "Cycles between namespaces:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void Every_stage_folder_is_listed()
    {
        // A new top-level namespace must be placed in the order, or the rules above would not see it.
        var known = Layers.SelectMany(l => l).ToHashSet();
        var unknown = Blog.Value.Types.Select(t => Stage(t.Namespace.FullName))
            .Where(s => s is not null && !known.Contains(s)).Distinct().ToList();
        Assert.Empty(unknown);
    }

    internal sealed record Edge(string From, string To, string Example);

    /// <summary>Dependencies between stages, each with one type-to-type example to say where to look.</summary>
    internal static IEnumerable<Edge> StageEdges(ArchUnitNET.Domain.Architecture architecture) =>
        from type in architecture.Types
        let source = Stage(type.Namespace.FullName)
        where source is not null
        from dependency in type.Dependencies
        where dependency.Target.Assembly?.FullName == type.Assembly.FullName
        let target = Stage(dependency.Target.Namespace.FullName)
        where target is not null && target != source
        group $"{type.FullName} uses {dependency.Target.FullName}" by (source, target) into g
        select new Edge(g.Key.source, g.Key.target, g.First());

    /// <summary>The stage of a namespace of this assembly (<c>Blog.Markup.Formulas</c> → <c>Markup</c>), or null outside it.</summary>
    internal static string? Stage(string ns)
    {
        if (!ns.StartsWith("Blog.", StringComparison.Ordinal)) return null;
        var name = ns["Blog.".Length..].Split('.')[0];
        return name;
    }

    private static int Rank(string stage) => Array.FindIndex(Layers, l => l.Contains(stage));
}
