using Markdig.Renderers;

namespace Blog.Markup.Rendering;

/// <summary>
/// What the renderers of one page need besides the node they render, keyed by type: the results
/// the compute stage left (<c>ComputeResults</c>), where formulas go (<c>PageMath</c>: collected,
/// and replaced by typeset math in build mode), and whatever an extension (cross-references,
/// citations) puts here for its own renderers. Handed to renderers through
/// <see cref="PageHtmlRenderer"/>, so no renderer climbs the tree to a document.
/// </summary>
public sealed class PageContext
{
    private readonly Dictionary<Type, object> _data = [];

    /// <summary>The links and ids the renderers write into this page part, recorded as they are written.</summary>
    public WrittenLinks Written { get; } = new();

    /// <summary>The page's value of type <typeparamref name="T"/>, or null when the page has none.</summary>
    public T? Get<T>() where T : class => _data.TryGetValue(typeof(T), out var value) ? (T)value : null;

    /// <summary>Sets the page's value of type <typeparamref name="T"/> (null removes it); returns this context.</summary>
    public PageContext With<T>(T? value) where T : class
    {
        if (value is null) _data.Remove(typeof(T));
        else _data[typeof(T)] = value;
        return this;
    }

    /// <summary>The context of the page being rendered, or null when rendering plain Markdown (tests, <c>Markdown.ToHtml</c>).</summary>
    public static PageContext? Of(HtmlRenderer renderer) => (renderer as PageHtmlRenderer)?.Page;
}

/// <summary>An HTML renderer that carries the <see cref="PageContext"/> of the page it renders.</summary>
public sealed class PageHtmlRenderer(TextWriter writer, PageContext page) : HtmlRenderer(writer)
{
    public PageContext Page => page;
}
