using Blog.Content;
using Blog.Pipelines;
using Blog.Theme;
using Scriban.Runtime;

namespace Blog.Site;

/// <summary>
/// <c>sitemap.xml</c> and <c>robots.txt</c>, written from the theme's templates <c>site/sitemap.sbn-xml</c>
/// and <c>site/robots.sbn-txt</c> (the theme decides their text; this module gives them absolute URLs
/// and dates). Added to the documents it is given, so it can follow another module in a phase.
/// </summary>
public sealed class SiteMapFiles(string[] pagePipelines, ThemeTemplates templates, Func<PipelineContext, PageRenderer> renderer,
    ModelFactory models) : IModule
{
    /// <summary>One sitemap entry: an absolute URL and the W3C date of its last change (empty when unknown).</summary>
    public sealed record SitemapUrl(string Loc, string Lastmod);

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var urls = models.Urls;
        var site = renderer(context).Site;
        var entries = pagePipelines.SelectMany(context.OutputsOf)
            .Where(d => d.Destination?.EndsWith(".html") == true && d.Destination != "404.html")
            .Select(d => new SitemapUrl(
                urls.Absolute("/" + (d.Destination!.EndsWith("index.html") ? d.Destination[..^"index.html".Length] : d.Destination)),
                d.Get<Entry>(BlogKeys.Entry) is { Date: { } date } e
                    ? (e.Updated ?? date).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : ""))
            .ToList();

        ScriptObject Globals(object extra)
        {
            var globals = new ScriptObject();
            globals.SetValue("site", site, true);
            globals.Import(extra, renamer: StandardMemberRenamer.Default);
            return globals;
        }

        return Task.FromResult<IReadOnlyList<Document>>([
            .. inputs,
            new Document { Destination = SitePaths.Sitemap.TrimStart('/'), Content = templates.RenderFile("site/sitemap.sbn-xml", Globals(new { Urls = entries })) },
            new Document { Destination = "robots.txt", Content = templates.RenderFile("site/robots.sbn-txt", Globals(new { SitemapUrl = urls.Absolute(SitePaths.Sitemap) })) },
        ]);
    }
}
