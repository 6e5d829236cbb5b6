namespace Blog.Content;

/// <summary>Metadata keys of blog documents.</summary>
public static class BlogKeys
{
    /// <summary>The <see cref="Content.Entry"/> of a post or page.</summary>
    public const string Entry = "entry";
    /// <summary>The parsed model of the post (Markup's <c>PostSyntax</c>: body, title and summary trees), made once.</summary>
    public const string Syntax = "syntax";
    /// <summary>Build mode: Markup's <c>PostFormulas</c>, the formulas of each part in the order they will be written, found on the trees (what is typeset).</summary>
    public const string Formulas = "formulas";
    /// <summary>Build mode: Markup's <c>TypesetFormulas</c>, what the one rendering writes for each formula (its CHTML or placeholder).</summary>
    public const string TypesetFormulas = "typeset-formulas";
    /// <summary>The rendered HTML fragment of the Markdown body (before the layout).</summary>
    public const string Html = "html";
    /// <summary>Plain text of the body, for reading time, summaries and search: formulas as TeX, computed values as shown.</summary>
    public const string PlainText = "plain-text";
    /// <summary>Headings of the body as (level, id, text), for a table of contents.</summary>
    public const string Headings = "headings";
    /// <summary>HTML of the first paragraph, the excerpt when the front matter has no summary.</summary>
    public const string ExcerptHtml = "excerpt-html";
    /// <summary>The title as inline HTML (math typeset in build mode), for h1, lists and links.</summary>
    public const string TitleHtml = "title-html";
    /// <summary>The title as plain text (formulas as TeX, no delimiters), for &lt;title&gt;, meta tags and the feed.</summary>
    public const string TitleText = "title-text";
    /// <summary>The front-matter summary as inline HTML; empty when there is none.</summary>
    public const string SummaryHtml = "summary-html";
    /// <summary>The front-matter summary as plain text; empty when there is none.</summary>
    public const string SummaryText = "summary-text";
    /// <summary>The meta description: the summary's plain text, else the body's text cut at a node boundary.</summary>
    public const string Description = "description";
    /// <summary>True on a post dated after the build's time that <c>--future</c> kept (<see cref="ExcludeScheduled"/>).</summary>
    public const string Scheduled = "scheduled";
}
