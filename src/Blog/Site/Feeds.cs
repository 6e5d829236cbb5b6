using System.Xml.Linq;
using Blog.Content;
using Blog.Pipelines;
using Blog.Theme;

namespace Blog.Site;

/// <summary>The Atom feed of the latest posts, with absolute URLs (sitemap.xml and robots.txt: <see cref="SiteMapFiles"/>).</summary>
public sealed class Feeds(string postsPipeline, ModelFactory models, SiteSettings settings) : IModule
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var posts = context.OutputsOf(postsPipeline).Where(d => d.Require<Entry>(BlogKeys.Entry).Kind == EntryKind.Post).ToList();
        var urls = models.Urls;
        var latest = posts.Take(settings.FeedSize).Select(p => (Doc: p, Entry: p.Require<Entry>(BlogKeys.Entry), Model: models.Post(p))).ToList();
        var updated = latest.Select(p => p.Entry.Updated ?? p.Entry.Date!.Value).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();

        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", settings.Language),
            new XElement(Atom + "title", settings.Title),
            new XElement(Atom + "id", urls.Absolute("/")),
            new XElement(Atom + "link", new XAttribute("href", urls.Absolute("/"))),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", urls.Absolute(SitePaths.Feed))),
            new XElement(Atom + "updated", updated.ToString("yyyy-MM-ddTHH:mm:sszzz")),
            new XElement(Atom + "author", new XElement(Atom + "name", settings.Author)),
            latest.Select(p => new XElement(Atom + "entry",
                new XElement(Atom + "title", p.Model.Title), // plain text: formulas as TeX (type="text")
                new XElement(Atom + "id", p.Model.AbsoluteUrl),
                new XElement(Atom + "link", new XAttribute("href", p.Model.AbsoluteUrl)),
                new XElement(Atom + "published", p.Model.DateIso),
                new XElement(Atom + "updated", (p.Entry.Updated ?? p.Entry.Date!.Value).ToString("yyyy-MM-ddTHH:mm:sszzz")),
                new XElement(Atom + "author", new XElement(Atom + "name", p.Entry.Author)),
                p.Entry.Tags.Select(t => new XElement(Atom + "category", new XAttribute("term", t))),
                Summary(p.Model),
                new XElement(Atom + "content", new XAttribute("type", "html"), AbsoluteLinks.Rewrite(Typesetting.FeedMath.MathMl(p.Model.ContentHtml), p.Model.AbsoluteUrl)))));

        return Task.FromResult<IReadOnlyList<Document>>([
            new Document { Destination = SitePaths.Feed.TrimStart('/'), Content = Xml(feed) },
        ]);
    }

    /// <summary>
    /// A front-matter summary is Markdown: HTML with its math as MathML, like the content. Without
    /// one, the description (the start of the text, cut at a node boundary) as plain text.
    /// </summary>
    private static XElement Summary(PostModel post) => post.SummaryHtml.Length > 0
        ? new XElement(Atom + "summary", new XAttribute("type", "html"), AbsoluteLinks.Rewrite(Typesetting.FeedMath.MathMl(post.SummaryHtml), post.AbsoluteUrl))
        : new XElement(Atom + "summary", post.Description);

    private static string Xml(XElement root)
    {
        XmlChars.Clean(root);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root;
    }
}
