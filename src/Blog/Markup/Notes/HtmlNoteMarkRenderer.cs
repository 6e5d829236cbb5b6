using Blog.Markup.Rendering;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace Blog.Markup.Notes;

/// <summary>
/// Markdig's footnote marks and back links, except in a link's text (<see cref="LinkText"/>: a contents
/// entry), where a mark is left out, as in Pandoc's contents: it would be a link inside a link and write
/// the mark's id (<c>fnref:1</c>) a second time.
/// </summary>
public sealed class HtmlNoteMarkRenderer : HtmlFootnoteLinkRenderer
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        if (!link.IsBackLink && LinkText.WordsOnly(renderer)) return;
        base.Write(renderer, link);
    }
}
