using Blog.Markup.ComputeBlocks;
using Blog.Markup.Formulas;
using Markdig.Renderers;

namespace Blog.Markup;

/// <summary>
/// What the renderers of one page need besides the node they render: the results the compute stage
/// left, and where formulas go (<see cref="PageMath"/>: collected in client mode, replaced by
/// typeset math in build mode). Handed to renderers through <see cref="PageHtmlRenderer"/>, so no
/// renderer climbs the tree to a document. Extensions (cross-references, citations) add what they
/// need through <see cref="Extra"/>, keyed by their own type.
/// </summary>
public sealed class PageContext
{
    public ComputeResults? Compute { get; init; }
    public PageMath Math { get; init; } = new();
    public Dictionary<Type, object> Extra { get; } = [];

    /// <summary>The context of the page being rendered, or null when rendering plain Markdown (tests, <c>Markdown.ToHtml</c>).</summary>
    public static PageContext? Of(HtmlRenderer renderer) => (renderer as PageHtmlRenderer)?.Page;
}

/// <summary>An HTML renderer that carries the <see cref="PageContext"/> of the page it renders.</summary>
public sealed class PageHtmlRenderer(TextWriter writer, PageContext page) : HtmlRenderer(writer)
{
    public PageContext Page => page;
}
