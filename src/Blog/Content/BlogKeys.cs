namespace Blog.Content;

/// <summary>Metadata keys of blog documents.</summary>
public static class BlogKeys
{
    /// <summary>The <see cref="Content.Entry"/> of a post or page.</summary>
    public const string Entry = "entry";
    /// <summary>The rendered HTML fragment of the Markdown body (before the layout).</summary>
    public const string Html = "html";
    /// <summary>Plain text of the body, for reading time, summaries and search.</summary>
    public const string PlainText = "plain-text";
    /// <summary>Headings of the body as (level, id, text), for a table of contents.</summary>
    public const string Headings = "headings";
    /// <summary>HTML of the first paragraph, the excerpt when the front matter has no summary.</summary>
    public const string ExcerptHtml = "excerpt-html";
}
