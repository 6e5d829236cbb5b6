namespace Blog.Site.LinkCheck;

/// <summary>
/// A URL found in an output file: as written, and the Markdown line and column it came from (from 1; 0 when
/// unknown or the theme wrote it). A folder link (a MathJax path) is fine when the site has any file below it.
/// <paramref name="InTemplate"/>: written by the theme's templates around a post's Markdown (its layout, the
/// base layout, their partials), so the file to fix is the theme's, not the post's.
/// </summary>
public sealed record FoundLink(string Url, int Line, bool IsFolder = false, int Column = 0, bool InTemplate = false);

/// <summary>A formula's TeX and its line in the Markdown file.</summary>
public sealed record MathSource(string Tex, int Line);

/// <summary>An external link, listed by <c>check --external</c> and never fetched.</summary>
public sealed record ExternalLink(string Url, string File, int Line);

/// <summary>
/// The external links a build's link check found, filled whether or not the check (or anything
/// else after it) failed, so that <c>check --external</c> lists them beside the errors. A build
/// passes one to its pipelines as a service; <see cref="CheckLinks"/> fills it.
/// </summary>
public sealed class ExternalLinkLog
{
    private volatile IReadOnlyList<ExternalLink> _links = [];

    /// <summary>The links of the last check, in the order found; empty when no check ran.</summary>
    public IReadOnlyList<ExternalLink> Links => _links;

    internal void Set(IReadOnlyList<ExternalLink> links) => _links = links;
}
