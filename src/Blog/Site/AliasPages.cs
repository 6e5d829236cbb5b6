using Blog.Content;
using Blog.Pipelines;
using Blog.Theme;
using Scriban.Runtime;

namespace Blog.Site;

/// <summary>
/// The redirect pages of every post's and page's <c>aliases</c> (front matter, Hugo's rule): at each old
/// path a small page from the theme's <c>site/alias.sbn-html</c> that sends the reader on with
/// <c>&lt;meta http-equiv="refresh"&gt;</c>, names the new address as <c>rel=canonical</c> and asks search
/// engines not to index it. They are in no list, feed or sitemap; their links are checked like any page's,
/// and an alias that claims a path another page or alias has is reported by <see cref="CheckUniqueDestinations"/>.
/// </summary>
public sealed class AliasPages(string[] pipelines, ThemeTemplates templates, Func<PipelineContext, PageRenderer> renderer, ModelFactory models) : IModule
{
    /// <summary>Metadata of a redirect page: the <see cref="Entry"/> whose alias it is.</summary>
    public const string AliasOf = "alias-of";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var entries = pipelines.SelectMany(context.OutputsOf).Select(d => d.Get<Entry>(BlogKeys.Entry)).OfType<Entry>()
            .Where(e => e.Aliases.Count > 0).ToList();
        if (entries.Count == 0) return Task.FromResult(inputs);
        var site = renderer(context).Site;
        var pages = new List<Document>(inputs);
        foreach (var entry in entries)
            foreach (var alias in entry.Aliases)
            {
                var globals = new ScriptObject();
                globals.SetValue("site", site, true);
                globals.SetValue("alias", alias, true);
                globals.SetValue("link", models.Urls.Link(entry.Permalink), true);
                globals.SetValue("url", models.Urls.Absolute(entry.Permalink), true);
                pages.Add(new Document
                {
                    Source = entry.SourceFile,
                    Destination = AliasPaths.Destination(alias),
                    Content = templates.RenderFile("site/alias.sbn-html", globals),
                    Metadata = System.Collections.Immutable.ImmutableDictionary<string, object?>.Empty.Add(AliasOf, entry),
                });
            }
        return Task.FromResult<IReadOnlyList<Document>>(pages);
    }
}
