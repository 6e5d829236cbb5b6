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
            if (clash.Any(d => d.Has(AliasPages.AliasOf)))
            {
                ReportAliasClash(clash.ToList(), context);
                continue;
            }
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

    /// <summary>An alias that claims the path of a page or of another alias: an error at the 'aliases' line naming both files.</summary>
    private static void ReportAliasClash(List<Document> clash, PipelineContext context)
    {
        var alias = clash.First(d => d.Has(AliasPages.AliasOf));
        var entry = alias.Get<Entry>(AliasPages.AliasOf)!;
        var others = clash.Where(d => !ReferenceEquals(d, alias)).Select(d => d.Has(AliasPages.AliasOf)
            ? $"an alias of {d.Source}" : $"the page of {Describe(d)}");
        context.Diagnostics.Add(Diagnostic.Error(entry.SourceFile, entry.FrontMatterLine("aliases"), 1,
            $"The alias '/{alias.Destination}' of {entry.SourceFile} claims the same path as {string.Join(" and ", others)}.",
            "Remove that path from one of the 'aliases:' lists (or give the page another slug)."));
    }

    private static string Describe(Document d) => d.Source.Length > 0 ? d.Source : $"the generated page {d.Destination}";
}
