using Markdig.Renderers;

namespace Blog.Markup.Search;

/// <summary>
/// The white space written at the end of a block's text (table cell, heading, tight list item) so that
/// Pagefind, the site search, adds no "." there. Pagefind ends the text of each of its sentence elements
/// (h1–h6, p, td, div, ul, li, article, section: SENTENCE_SELECTORS in pagefind src/fossick/parser.rs)
/// with "." when its last character is a word character, quote, ")", "$" or "*" (SENTENCE_CHARS),
/// which showed in search excerpts as "0.072. 2. 0.431." for table rows and "Gumbel Softmax. 遗憾的是"
/// for a heading (issue 25). A space as the last character stops that, and a browser does not draw
/// white space at the end of a line (CSS Text 3, §4.1.3), so the page looks the same.
/// </summary>
public static class SentenceEnd
{
    /// <summary>What is written before the end tag: one space.</summary>
    public const string Space = " ";

    /// <summary>Writes <see cref="Space"/> when the renderer writes HTML tags (not plain text).</summary>
    public static void Write(HtmlRenderer renderer)
    {
        if (renderer.EnableHtmlForBlock) renderer.Write(Space);
    }
}
