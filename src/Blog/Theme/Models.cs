namespace Blog.Theme;

// What templates see. Scriban exposes these properties in snake_case (ReadingMinutes → reading_minutes).
// Values are raw text: templates escape them with `| html.escape`; only *Html properties hold markup.

public sealed record SiteModel(
    string Title, string Description, string Author, string BaseUrl, string BasePath, string Language,
    int Year, string MathjaxConfigJson, bool Preview, IReadOnlyList<LinkModel> Tags, IReadOnlyList<LinkModel> Categories,
    string FeedUrl, string ArchiveUrl, string TagsUrl, string HomeUrl)
{
    /// <summary>"build" (math typeset, link <see cref="MathCssUrl"/>) or "client" (load MathJax with <see cref="MathjaxConfigJson"/>).</summary>
    public string MathMode { get; init; } = "client";
    public string MathCssUrl { get; init; } = "";
    /// <summary>Absolute URL of the site's default social-card image; "" for none.</summary>
    public string ImageUrl { get; init; } = "";
    /// <summary>The comment service, or null when statiq.json configures none.</summary>
    public CommentsModel? Comments { get; init; }
    /// <summary>True when the site has a search index: the theme shows the search box and marks what Pagefind indexes.</summary>
    public bool Search { get; init; }
    /// <summary>The search page, "/repo/search/".</summary>
    public string SearchUrl { get; init; } = "";
    /// <summary>The folder of Pagefind's index and scripts, "/repo/pagefind/".</summary>
    public string SearchBundleUrl { get; init; } = "";
    /// <summary>The theme's string table for the site's language (theme/strings/LANGUAGE.json): <c>site.strings.archive_title</c>.</summary>
    public IReadOnlyDictionary<string, string> Strings { get; init; } = new Dictionary<string, string>();
}

/// <param name="Html">The name as inline HTML (a post's title with its math), when it differs from escaped <paramref name="Name"/>.</param>
public sealed record LinkModel(string Name, string Url, int Count = 0, string? Html = null)
{
    /// <summary>The name as HTML: <see cref="Html"/>, else the escaped name.</summary>
    public string NameHtml => Html ?? System.Net.WebUtility.HtmlEncode(Name);
}

public sealed record PostModel
{
    /// <summary>The title as plain text (formulas as TeX without delimiters), for &lt;title&gt;, meta tags and the feed.</summary>
    public required string Title { get; init; }
    /// <summary>The title as inline HTML, math typeset in build mode: for h1, lists and links.</summary>
    public string TitleHtml { get; init; } = "";
    public required string Url { get; init; }
    public required string AbsoluteUrl { get; init; }
    public string Date { get; init; } = "";
    public string DateIso { get; init; } = "";
    public string DateLong { get; init; } = "";
    public string Updated { get; init; } = "";
    public string UpdatedIso { get; init; } = "";
    public string Author { get; init; } = "";
    public IReadOnlyList<LinkModel> Tags { get; init; } = [];
    public IReadOnlyList<LinkModel> Categories { get; init; } = [];
    /// <summary>The front-matter summary as plain text (empty when there is none).</summary>
    public string Summary { get; init; } = "";
    /// <summary>The front-matter summary as inline HTML, math typeset in build mode.</summary>
    public string SummaryHtml { get; init; } = "";
    /// <summary>Meta description: the summary, else the start of the text cut at a node boundary (never inside a formula).</summary>
    public string Description { get; init; } = "";
    public string ExcerptHtml { get; init; } = "";
    public string ContentHtml { get; init; } = "";
    public int ReadingMinutes { get; init; }
    public LinkModel? Prev { get; init; }
    public LinkModel? Next { get; init; }
    public string CiteText { get; init; } = "";
    public string CiteBibtex { get; init; } = "";
    public IReadOnlyList<Markup.Heading> Headings { get; init; } = [];
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();
    public bool IsPost { get; init; } = true;
    /// <summary>Whether it is in the site search (the site has search and its front matter does not say <c>search: false</c>): the theme writes Pagefind's attributes only then.</summary>
    public bool Indexed { get; init; } = true;
    /// <summary>Absolute URL of this entry's own social-card image (front matter <c>image</c>); "" for the site's.</summary>
    public string ImageUrl { get; init; } = "";
    /// <summary>Whether comments are shown under it, when the site has them: posts unless <c>comments: false</c>, pages with <c>comments: true</c>.</summary>
    public bool Comments { get; init; }
    /// <summary>A post dated after the build's time, shown only because the preview was asked for <c>--future</c>: the theme marks it (<c>post.scheduled</c>).</summary>
    public bool Scheduled { get; init; }
}

public sealed record PaginationModel(int Current, int Total, string? PrevUrl, string? NextUrl);

public sealed record ListModel(string Title, string Url, string AbsoluteUrl, IReadOnlyList<PostModel> Posts,
    PaginationModel? Pagination, IReadOnlyList<ArchiveYear> Years, IReadOnlyList<LinkModel> Terms, string Kind);

public sealed record ArchiveYear(int Year, IReadOnlyList<ArchiveMonth> Months, int Count);

/// <summary>A month of the archive: its number (1–12), its name in the string table's <c>archive_month_format</c> ("11 月", "November"), its posts.</summary>
public sealed record ArchiveMonth(int Month, string Name, IReadOnlyList<PostModel> Posts);
