using System.Globalization;
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
        // Recorded as Markdig writes them: a mark is id fnref:N linking to fn:order; a back link goes to fnref:N.
        if (WrittenLinks.Of(renderer) is { } written)
        {
            var index = link.Index.ToString(CultureInfo.InvariantCulture);
            if (link.IsBackLink) written.Link("#fnref:" + index, link.Line + 1, 0);
            else
            {
                written.Id("fnref:" + index);
                written.Link("#fn:" + link.Footnote.Order.ToString(CultureInfo.InvariantCulture), link.Line + 1, link.Column + 1);
            }
        }
        base.Write(renderer, link);
    }
}

/// <summary>Markdig's list of notes; the id of each note's item (<c>fn:order</c>) is recorded (<see cref="WrittenLinks"/>).</summary>
public sealed class HtmlNoteListRenderer : HtmlFootnoteGroupRenderer
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup group)
    {
        foreach (var note in group.OfType<Footnote>()) WrittenLinks.Id(renderer, "fn:" + note.Order.ToString(CultureInfo.InvariantCulture));
        base.Write(renderer, group);
    }
}
