using Blog.Markup.Rendering;
using Markdig.Renderers;

namespace Blog.Markup.Search;

/// <summary>
/// Whether the page being rendered gets the site search's markup (Pagefind's <c>data-pagefind-*</c>
/// attributes: formula TeX to index, code weights). A page that is not indexed (<c>search: false</c> in
/// its front matter, or the site's <c>"search": false</c>) gets none. Kept in the page's
/// <see cref="PageContext"/>; a rendering without it (plain Markdown, tests) gets the markup.
/// </summary>
public sealed class SearchMarkup
{
    /// <summary>The value for a page that is not indexed.</summary>
    public static readonly SearchMarkup None = new();

    private SearchMarkup() { }

    /// <summary>Whether <paramref name="renderer"/> writes Pagefind's attributes.</summary>
    public static bool Wanted(HtmlRenderer renderer) => PageContext.Of(renderer)?.Get<SearchMarkup>() is null;
}
