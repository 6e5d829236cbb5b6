using Markdig.Renderers;

namespace Blog.Markup.Rendering;

/// <summary>
/// A URL a renderer wrote into a page (an <c>href</c>, a <c>src</c>, a stylesheet link), as written, with the
/// place in the Markdown file it came from: <paramref name="Line"/> and <paramref name="Column"/> count from 1,
/// 0 when unknown (a title's column: the front matter's quoting moves it).
/// </summary>
/// <param name="Reference">
/// A cross-reference's index (<c>CrossReferences/ReferenceTokens</c>) when the link is the reference's, whose
/// URL is known only once every page is (<c>ResolveReferences</c>); then <paramref name="Url"/> is empty.
/// </param>
public sealed record WrittenLink(string Url, int Line, int Column, int Reference = -1);

/// <summary>
/// What the renderers of one part of a page wrote that the link check and the feed need, as data: every
/// link with its Markdown place, and every id (fragment target). Filled while the part is rendered
/// (<see cref="PageContext.Written"/>), so the HTML is never read again to find them. Formulas are recorded
/// beside it (<c>Formulas/PageMath</c>).
/// </summary>
public sealed class WrittenLinks
{
    private readonly List<WrittenLink> _links = [];
    private readonly List<string> _ids = [];

    /// <summary>The links in the order they were written.</summary>
    public IReadOnlyList<WrittenLink> Links => _links;

    /// <summary>The ids written (an element's <c>id</c>, an <c>&lt;a name&gt;</c>), in order; one may repeat when the page repeats it.</summary>
    public IReadOnlyList<string> Ids => _ids;

    /// <summary>Records a link; blank URLs are left out (nothing to check).</summary>
    public void Link(string? url, int line, int column)
    {
        if (!string.IsNullOrWhiteSpace(url)) _links.Add(new WrittenLink(url.Trim(), line, Math.Max(0, column)));
    }

    /// <summary>Records the link a cross-reference will become (<see cref="WrittenLink.Reference"/>).</summary>
    public void ReferenceLink(int reference, int line, int column) => _links.Add(new WrittenLink("", line, Math.Max(0, column), reference));

    /// <summary>Records an id; empty ones are left out.</summary>
    public void Id(string? id)
    {
        if (!string.IsNullOrEmpty(id)) _ids.Add(id);
    }

    /// <summary>The records of the page <paramref name="renderer"/> renders; null when it renders plain Markdown (no page).</summary>
    public static WrittenLinks? Of(HtmlRenderer renderer) => PageContext.Of(renderer)?.Written;

    /// <summary>Records a link on the page <paramref name="renderer"/> renders, if any.</summary>
    public static void Link(HtmlRenderer renderer, string? url, int line, int column) => Of(renderer)?.Link(url, line, column);

    /// <summary>Records an id on the page <paramref name="renderer"/> renders, if any.</summary>
    public static void Id(HtmlRenderer renderer, string? id) => Of(renderer)?.Id(id);
}
