namespace Blog.Site.LinkCheck;

/// <summary>
/// A URL found in an output file: as written, and the Markdown line it came from (0 when the theme
/// wrote it). A folder link (a MathJax path) is fine when the site has any file below it.
/// </summary>
public sealed record FoundLink(string Url, int Line, bool IsFolder = false);

/// <summary>A formula's TeX and its line in the Markdown file.</summary>
public sealed record MathSource(string Tex, int Line);

/// <summary>An external link, listed by <c>check --external</c> and never fetched.</summary>
public sealed record ExternalLink(string Url, string File, int Line);
