namespace Blog.Content;

public enum EntryKind { Post, Page }

/// <summary>
/// A post or a page as the theme sees it: front matter checked and typed, plus its place on the site.
/// Unknown front-matter keys are kept in <see cref="Extra"/> and passed through to templates.
/// </summary>
public sealed record Entry
{
    public required EntryKind Kind { get; init; }
    public required string SourceFile { get; init; }
    public required string Title { get; init; }
    public DateTimeOffset? Date { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string Author { get; init; } = "";
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Categories { get; init; } = [];
    public string Summary { get; init; } = "";
    public required string Slug { get; init; }
    public bool Draft { get; init; }
    /// <summary>False when the front matter says <c>search: false</c>: the page stays out of the search index.</summary>
    public bool Search { get; init; } = true;
    public string Layout { get; init; } = "";
    /// <summary>Front matter <c>image</c>: the social-card image, a site path or an absolute URL; empty for the site's.</summary>
    public string Image { get; init; } = "";
    /// <summary>Front matter <c>comments</c>: false turns comments off for this entry, true turns them on for a page; null: on for posts.</summary>
    public bool? Comments { get; init; }
    /// <summary>Path below the base path, starting with '/', e.g. <c>/2019/11/x/</c>.</summary>
    public string Permalink { get; init; } = "";
    /// <summary>Line in the source file where the Markdown body starts (after the front matter).</summary>
    public int BodyStartLine { get; init; } = 1;
    /// <summary>
    /// Front matter <c>aliases</c> (Hugo's rule): old site paths of this entry, each served by a small redirect
    /// page to <see cref="Permalink"/> (Site's <c>AliasPages</c>); checked site paths starting with '/'.
    /// </summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();
    public int FrontMatterLine(string key) => FrontMatterLines.TryGetValue(key, out var l) ? l : 1;
    public IReadOnlyDictionary<string, int> FrontMatterLines { get; init; } = new Dictionary<string, int>();

    /// <summary>The 1-based column where a front-matter field's text starts in its line, when it is known (one line, no escapes); 0 otherwise.</summary>
    public int FrontMatterTextColumn(string key) => FrontMatterTextColumns.TryGetValue(key, out var c) ? c : 0;
    public IReadOnlyDictionary<string, int> FrontMatterTextColumns { get; init; } = new Dictionary<string, int>();

    /// <summary>Output file for the permalink: pretty URLs ending in '/' become <c>…/index.html</c>.</summary>
    public string Destination => Permalink.EndsWith('/') ? Permalink.TrimStart('/') + "index.html" : Permalink.TrimStart('/');
}
