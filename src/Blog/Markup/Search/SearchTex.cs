using Markdig.Renderers;

namespace Blog.Markup.Search;

/// <summary>
/// What the site search indexes for a formula typeset at build time, whose element holds MathJax's CHTML
/// (not indexed: Site/Search/SearchIndexer.ExcludeSelectors) instead of its TeX. Pagefind indexes the
/// attributes named by <c>data-pagefind-index-attrs</c>, and appends "." to an attribute's value when it
/// ends in a word character, a quote, <c>)</c>, <c>$</c> or <c>*</c> (its SENTENCE_CHARS, pagefind
/// src/fossick/parser.rs), to end a sentence. An inline formula's TeX ends in <c>\)</c>, so indexing
/// <c>data-tex</c> put a stray ". " after every inline formula in the search excerpts (issue 25).
/// So an inline formula is indexed from <c>data-search-tex</c>: its TeX and a space, which Pagefind
/// leaves as it is; the text it indexes is then the one a client-mode page has. Display formulas end in
/// <c>\]</c> or <c>}</c> and are indexed from <c>data-tex</c> itself.
/// </summary>
public static class SearchTex
{
    /// <summary>The attribute an inline formula is indexed from.</summary>
    public const string InlineAttribute = "data-search-tex";

    /// <summary>Writes the index attributes into the open start tag of the formula element.</summary>
    /// <param name="text">The formula's TeX with its delimiters, as in <c>data-tex</c>.</param>
    /// <param name="inline">An inline formula (<c>\(…\)</c>) rather than a display one or an environment.</param>
    public static void Write(HtmlRenderer renderer, string text, bool inline)
    {
        if (!inline)
        {
            renderer.Write(" data-pagefind-index-attrs=\"data-tex\"");
            return;
        }
        renderer.Write(" data-pagefind-index-attrs=\"" + InlineAttribute + "\" " + InlineAttribute + "=\"").WriteEscape(text).Write(" \"");
    }
}
