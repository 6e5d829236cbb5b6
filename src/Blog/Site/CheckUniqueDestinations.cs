using Blog.Content;
using Blog.Diagnostics;
using Blog.Pipelines;

namespace Blog.Site;

/// <summary>Two documents writing the same file would silently lose one: report both sources instead.</summary>
public sealed class CheckUniqueDestinations(params string[] pipelines) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var clashes = pipelines.SelectMany(context.OutputsOf)
            .Where(d => d.Destination is not null)
            .GroupBy(d => d.Destination!, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1);
        foreach (var clash in clashes)
        {
            var sources = clash.Select(Describe).ToList();
            // Point at the post whose 'slug:' line chose the clashing permalink, if one did.
            var entries = clash.Select(d => d.Get<Entry>(BlogKeys.Entry)).OfType<Entry>().ToList();
            var entry = entries.LastOrDefault(e => e.FrontMatterLines.ContainsKey("slug")) ?? entries.LastOrDefault();
            var line = entry is null ? 0 : entry.FrontMatterLines.TryGetValue("slug", out var l) ? l : entry.FrontMatterLine("title");
            context.Diagnostics.Add(Diagnostic.Error(entry?.SourceFile ?? "input", line, 1,
                $"Two pages have the same permalink '{entry?.Permalink ?? "/" + clash.Key}': {string.Join(" and ", sources)}.",
                "Give one of them another 'slug:' in its front matter."));
        }
        return Task.FromResult(inputs);
    }

    private static string Describe(Document d) => d.Source.Length > 0 ? d.Source : $"the generated page {d.Destination}";
}
