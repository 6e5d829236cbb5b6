using Blog.Content;
using Blog.Pipelines;
using Blog.Theme;
using Blog.Typesetting;
using Scriban.Runtime;

namespace Blog.Site;

/// <summary>
/// The Atom feed (RFC 4287) of the latest posts, written from the theme's template
/// <c>site/atom.sbn-xml</c>: this module gives it absolute URLs, RFC 3339 dates and the HTML each
/// entry carries (math as MathML, every relative URL made absolute); the theme decides the XML.
/// Every value is stripped of the characters XML 1.0 forbids (<see cref="XmlChars"/>); the template
/// escapes them. Sitemap and robots: <see cref="SiteMapFiles"/>.
/// </summary>
/// <param name="formulas">Build-time math: the table the posts' formula placeholders name; each formula's MathML is made once from it.</param>
/// <param name="cache">Each entry's feed HTML from the last build (none: every entry is made again).</param>
public sealed class Feeds(string postsPipeline, ThemeTemplates templates, Func<PipelineContext, PageRenderer> renderer,
    ModelFactory models, SiteSettings settings, FormulaTable? formulas = null, FeedHtmlCache? cache = null) : IModule
{
    /// <summary>What the template sees as <c>feed</c>: the feed's own fields and its entries, newest first.</summary>
    public sealed record FeedModel(string Title, string Id, string Link, string SelfLink, string Updated, string Author,
        string Language, IReadOnlyList<FeedEntry> Entries);

    /// <summary>
    /// One entry. <c>Title</c> is plain text (formulas as their TeX); <c>SummaryHtml</c> is set when the
    /// post has a front-matter summary (Markdown), otherwise <c>SummaryText</c> holds the description.
    /// </summary>
    public sealed record FeedEntry(string Title, string Id, string Link, string Published, string Updated, string Author,
        IReadOnlyList<string> Categories, string SummaryHtml, string SummaryText, string ContentHtml);

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var posts = context.OutputsOf(postsPipeline).Where(d => d.Require<Entry>(BlogKeys.Entry).Kind == EntryKind.Post).ToList();
        var urls = models.Urls;
        var latest = posts.Take(settings.FeedSize).Select(p => (Entry: p.Require<Entry>(BlogKeys.Entry), Model: models.Post(p))).ToList();
        var updated = latest.Select(p => p.Entry.Updated ?? p.Entry.Date!.Value).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();

        var feed = new FeedModel(C(settings.Title), urls.Absolute("/"), urls.Absolute("/"), urls.Absolute(SitePaths.Feed), Rfc3339(updated),
            C(settings.Author), C(settings.Language),
            latest.Select(p => new FeedEntry(
                C(p.Model.Title), p.Model.AbsoluteUrl, p.Model.AbsoluteUrl, p.Model.DateIso, Rfc3339(p.Entry.Updated ?? p.Entry.Date!.Value),
                C(p.Entry.Author), p.Entry.Tags.Select(C).ToList(),
                p.Model.SummaryHtml.Length > 0 ? Html(p.Model.SummaryHtml, p.Model.AbsoluteUrl, p.Entry.SourceFile) : "",
                C(p.Model.Description),
                Html(p.Model.ContentHtml, p.Model.AbsoluteUrl, p.Entry.SourceFile))).ToList());

        cache?.Save();

        var globals = new ScriptObject();
        globals.SetValue("site", renderer(context).Site, true);
        globals.SetValue("feed", feed, true);
        return Task.FromResult<IReadOnlyList<Document>>([
            new Document { Destination = SitePaths.Feed.TrimStart('/'), Content = templates.RenderFile("site/atom.sbn-xml", globals) },
        ]);
    }

    /// <summary>HTML as a feed reader needs it: formulas as MathML, URLs absolute, XML-forbidden characters left out.</summary>
    /// <remarks>
    /// With formula placeholders, the post's small HTML is serialised and rebased as it would have been with
    /// the math in it, then each formula's MathML (made once per formula) goes in: the same bytes, without
    /// parsing every formula's CHTML on every post. A formula whose MathML has a URL (<c>\href</c>) must be
    /// rebased too: such posts take the long way, the CHTML spliced in first.
    /// Remembered per HTML string and page URL: the preview keeps an unchanged post's HTML instance
    /// between builds (and its formula table for the session), so a rebuild converts only the entries
    /// whose HTML changed. Across builds, <see cref="FeedHtmlCache"/> keeps each entry's HTML on disk.
    /// </remarks>
    private string Html(string html, string pageUrl, string origin)
    {
        if (Converted.TryGetValue(html, out var known) && known.PageUrl == pageUrl)
        {
            cache?.Keep(known.Key, known.Html); // still used: written back with this build's entries
            return known.Html;
        }
        var key = cache is null ? "" : FeedHtmlCache.Key(html, pageUrl, formulas, origin);
        var made = cache is null ? Convert(html, pageUrl, origin) : cache.GetOrMake(key, () => Convert(html, pageUrl, origin));
        Converted.AddOrUpdate(html, new FeedHtml(pageUrl, key, made));
        return made;
    }

    private string Convert(string html, string pageUrl, string origin)
    {
        html = Typesetting.Diagrams.TikzFeed.AsImages(html);
        if (formulas is null || !formulas.HasPlaceholders(html)) return C(AbsoluteLinks.Rewrite(FeedMath.MathMl(html), pageUrl));
        if (html.Contains("<mjx-container", StringComparison.Ordinal) || formulas.EntriesIn(html, origin).Any(FeedMath.HasUrls))
            return C(AbsoluteLinks.Rewrite(FeedMath.MathMl(formulas.Resolve(html, origin)), pageUrl));
        return C(formulas.Splice(AbsoluteLinks.Rewrite(FeedMath.Serialised(html), pageUrl), origin, FeedMath.MathMlOf));
    }

    private sealed record FeedHtml(string PageUrl, string Key, string Html);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, FeedHtml> Converted = new();

    private static string C(string? text) => XmlChars.Clean(text ?? "");

    private static string Rfc3339(DateTimeOffset time) => time.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}
