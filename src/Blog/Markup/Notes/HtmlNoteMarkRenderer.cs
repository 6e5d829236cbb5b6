using Blog.Markup.Rendering;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace Blog.Markup.Notes;

/// <summary>
/// Markdig's footnote marks and back links, except in a link's text (<see cref="LinkText"/>: a contents
/// entry) or a part shown away from its page (an excerpt), where a mark is left out, as in Pandoc's
/// contents: it would be a link inside a link, and write the mark's id (<c>fnref:1</c>) a second time.
/// </summary>
public sealed class HtmlNoteMarkRenderer : HtmlFootnoteLinkRenderer
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        if (!link.IsBackLink && (LinkText.Inside(renderer) || LinkText.IsAway(renderer))) return;
        base.Write(renderer, link);
    }
}
