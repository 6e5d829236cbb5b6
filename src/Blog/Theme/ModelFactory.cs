using System.Globalization;
using Blog.Content;
using Blog.Typesetting;
using Blog.Pipelines;

namespace Blog.Theme;

/// <summary>Builds the template models from documents and settings.</summary>
public sealed class ModelFactory(SiteSettings settings, Urls urls, bool preview)
{
    public Urls Urls => urls;

    /// <summary>The theme's string table for the site's language: list titles and date formats.</summary>
    public ThemeStrings Strings { get; init; } = ThemeStrings.Neutral;

    /// <summary>Build-time math: the table the posts' formula placeholders name (see <see cref="FormulaTable"/>).</summary>
    public FormulaTable? Formulas { get; init; }

    public SiteModel Site(IReadOnlyList<Document> posts)
    {
        var entries = posts.Select(p => p.Require<Entry>(BlogKeys.Entry)).ToList();
        return new SiteModel(
            settings.Title, settings.Description, settings.Author, settings.BaseUrl, urls.BasePath, settings.Language,
            DateTime.UtcNow.Year, MathJaxConfig.Json(settings, urls.BasePath), preview,
            Terms(entries.SelectMany(e => e.Tags), SitePaths.Tag),
            Terms(entries.SelectMany(e => e.Categories), SitePaths.Category),
            urls.Link(SitePaths.Feed), urls.Link(SitePaths.Archive), urls.Link(SitePaths.Tags), urls.Link("/"))
        {
            MathMode = SettingKeywordConverter<MathRender>.Keyword(settings.Math.Render),
            MathCssUrl = urls.Link(MathStylesheet.Destination),
            ImageUrl = ImageUrl(settings.Image),
            Comments = CommentsModel.From(settings),
            Search = settings.Search.Enabled,
            SearchUrl = urls.Link(SearchSettings.PagePath),
            SearchBundleUrl = urls.Link(settings.Search.Folder + "/"),
            Strings = Strings.Values,
        };
    }

    public IReadOnlyList<LinkModel> Terms(IEnumerable<string> names, Func<string, string> path) => TermNames.Group(names, path)
        .Select(t => new LinkModel(t.Name, urls.Link(t.Path), t.Uses))
        .OrderByDescending(l => l.Count).ThenBy(l => l.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// Models already made, per entry: a post's model depends only on its entry, its rendered body
    /// and the base URL, all immutable, so every list page (and, in preview, every rebuild that kept
    /// the document) shares one instance instead of formatting dates and citations again. Keyed on
    /// the entry because a document is copied (with its metadata) when its layout is applied.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Entry, Made> Memo = new();

    private sealed record Made(string BaseUrl, object? Html, object? PlainText, object? Headings, object? Excerpt, bool Scheduled, PostModel Model)
    {
        /// <summary>The model with neighbour links last asked for; kept so an unchanged post page gets the same instance.</summary>
        public PostModel? WithNeighbours { get; set; }

        public bool Fits(string baseUrl, Document doc) => BaseUrl == baseUrl && Scheduled == doc.Get<bool>(BlogKeys.Scheduled)
            && ReferenceEquals(Html, doc.Get<object>(BlogKeys.Html)) && ReferenceEquals(PlainText, doc.Get<object>(BlogKeys.PlainText))
            && ReferenceEquals(Headings, doc.Get<object>(BlogKeys.Headings)) && ReferenceEquals(Excerpt, doc.Get<object>(BlogKeys.ExcerptHtml));
    }

    public PostModel Post(Document doc, LinkModel? prev = null, LinkModel? next = null)
    {
        var entry = doc.Require<Entry>(BlogKeys.Entry);
        if (!Memo.TryGetValue(entry, out var made) || !made.Fits(settings.BaseUrl, doc))
            Memo.AddOrUpdate(entry, made = new Made(settings.BaseUrl, doc.Get<object>(BlogKeys.Html), doc.Get<object>(BlogKeys.PlainText),
                doc.Get<object>(BlogKeys.Headings), doc.Get<object>(BlogKeys.ExcerptHtml), doc.Get<bool>(BlogKeys.Scheduled), Create(doc)));
        if (prev is null && next is null) return made.Model;
        if (made.WithNeighbours is { } last && Equals(last.Prev, prev) && Equals(last.Next, next)) return last;
        return made.WithNeighbours = made.Model with { Prev = prev, Next = next };
    }

    private PostModel Create(Document doc)
    {
        var entry = doc.Require<Entry>(BlogKeys.Entry);
        var absolute = urls.Absolute(entry.Permalink);
        var plain = doc.Get<string>(BlogKeys.PlainText) ?? "";
        var title = doc.Get<string>(BlogKeys.TitleText) ?? entry.Title;
        return new PostModel
        {
            Title = title,
            TitleHtml = doc.Get<string>(BlogKeys.TitleHtml) ?? System.Net.WebUtility.HtmlEncode(entry.Title),
            Url = urls.Link(entry.Permalink),
            AbsoluteUrl = absolute,
            Date = Strings.Date(entry.Date, "date_format"),
            DateIso = Format(entry.Date, "yyyy-MM-ddTHH:mm:sszzz"),
            DateLong = Strings.Date(entry.Date, "date_long_format"),
            Updated = Strings.Date(entry.Updated, "date_format"),
            UpdatedIso = Format(entry.Updated, "yyyy-MM-ddTHH:mm:sszzz"),
            Author = entry.Author,
            Tags = entry.Tags.Select(t => new LinkModel(t, urls.Link(SitePaths.Tag(t)))).ToList(),
            Categories = entry.Categories.Select(c => new LinkModel(c, urls.Link(SitePaths.Category(c)))).ToList(),
            Summary = doc.Get<string>(BlogKeys.SummaryText) ?? entry.Summary,
            SummaryHtml = doc.Get<string>(BlogKeys.SummaryHtml) ?? "",
            Description = doc.Get<string>(BlogKeys.Description) ?? entry.Summary,
            ExcerptHtml = Excerpt(doc, absolute),
            ContentHtml = doc.Get<string>(BlogKeys.Html) ?? "",
            ReadingMinutes = ReadingTime.Minutes(plain),
            CiteText = Citation.Text(entry, title, absolute, Strings),
            CiteBibtex = Citation.Bibtex(entry, absolute),
            Headings = doc.Get<IReadOnlyList<Markup.Heading>>(BlogKeys.Headings) ?? [],
            Extra = entry.Extra,
            IsPost = entry.Kind == EntryKind.Post,
            Indexed = settings.Search.Enabled && entry.Search,
            ImageUrl = ImageUrl(entry.Image),
            Comments = entry.Comments ?? entry.Kind == EntryKind.Post,
            Scheduled = preview && doc.Get<bool>(BlogKeys.Scheduled),
        };
    }

    /// <summary>
    /// The excerpt for list pages, its relative links pointed back at the post. Rebasing parses and
    /// writes the excerpt again when a link changes: a formula's placeholder then gets the CHTML as it
    /// would have come out of that (<see cref="FormulaForms.Serialised"/>), and a formula with a URL of
    /// its own is rebased in place.
    /// </summary>
    private string Excerpt(Document doc, string absolute)
    {
        var html = doc.Get<string>(BlogKeys.ExcerptHtml) ?? "";
        if (Formulas is not { } table || !table.HasPlaceholders(html)) return AbsoluteLinks.RootRelative(html, absolute);
        var origin = doc.Source.Length > 0 ? doc.Source : doc.Destination ?? "";
        if (table.EntriesIn(html, origin).Any(FormulaForms.HasUrls)) return AbsoluteLinks.RootRelative(table.Resolve(html, origin), absolute);
        var rebased = AbsoluteLinks.RootRelative(html, absolute);
        return ReferenceEquals(rebased, html) ? html : table.Splice(rebased, origin, FormulaForms.Serialised);
    }

    /// <summary>A social-card image as the absolute URL cards need: site paths get the base URL.</summary>
    private string ImageUrl(string image) => image.StartsWith('/') ? urls.Absolute(image) : image;

    public LinkModel Link(Document doc)
    {
        var entry = doc.Require<Entry>(BlogKeys.Entry);
        return new LinkModel(doc.Get<string>(BlogKeys.TitleText) ?? entry.Title, urls.Link(entry.Permalink), Html: doc.Get<string>(BlogKeys.TitleHtml));
    }

    private static string Format(DateTimeOffset? date, string format)
        => date?.ToString(format, CultureInfo.InvariantCulture) ?? "";
}
