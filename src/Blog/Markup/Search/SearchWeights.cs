namespace Blog.Markup.Search;

/// <summary>
/// How much a kind of content counts in the site search (Pagefind's <c>data-pagefind-weight</c>,
/// 0 to 10 on a quadratic scale, 1 for prose: https://pagefind.app/docs/weighting/).
/// </summary>
public static class SearchWeights
{
    /// <summary>
    /// Code blocks: 0.3 counts about a tenth of prose, so a word that a post explains outranks a post
    /// that merely names it in code, and excerpts prefer the prose around a match.
    /// </summary>
    public const string Code = "0.3";

    /// <summary>The attribute as written into a start tag, with its leading space.</summary>
    public const string CodeAttribute = " data-pagefind-weight=\"" + Code + "\"";

    /// <summary><see cref="CodeAttribute"/>, or nothing on a page that is not indexed (<see cref="SearchMarkup"/>).</summary>
    public static string CodeAttributeFor(Markdig.Renderers.HtmlRenderer renderer) => SearchMarkup.Wanted(renderer) ? CodeAttribute : "";
}
