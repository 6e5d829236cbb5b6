namespace Blog.Markup.Resources;

/// <summary>
/// A file beside a post or page (a page-bundle resource) that is copied beside its output page.
/// </summary>
/// <param name="File">The file's absolute path.</param>
/// <param name="Destination">Where it goes, relative to the output folder: the page's permalink folder plus its path beside the Markdown file (<c>2019/11/x/img/a.png</c>).</param>
/// <param name="Page">The Markdown file that links it (or whose bundle holds it), relative to the site root.</param>
/// <param name="Line">1-based line of the link in that file; 0 for a file of a leaf bundle that no link names.</param>
/// <param name="Column">1-based column of the link; 0 when <paramref name="Line"/> is.</param>
public sealed record PageResource(string File, string Destination, string Page, int Line, int Column);
