using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Markup.Citations;

/// <summary>
/// Writes a <see cref="Citation"/> as its placeholder (<see cref="CitationHtml"/>), the source text inside;
/// inside a link's text (a table-of-contents entry) marked to be its words without links.
/// </summary>
public sealed class HtmlCitationRenderer : HtmlObjectRenderer<Citation>
{
    protected override void Write(HtmlRenderer renderer, Citation citation)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteEscape(citation.Source);
            return;
        }
        renderer.Write($"<span class=\"{CitationHtml.Class}\" {CitationHtml.KeysAttribute}=\"")
            .WriteEscape(string.Join(' ', citation.Items.Select(i => i.Key)))
            .Write($"\" {CitationHtml.ItemsAttribute}=\"").WriteEscape(CitationHtml.Serialize(citation))
            .Write($"\" {CitationHtml.LineAttribute}=\"{citation.Line + 1}\" {CitationHtml.ColumnAttribute}=\"{citation.Column + 1}\"")
            .Write(Rendering.LinkText.Inside(renderer) ? $" {CitationHtml.WordsOnlyAttribute}>" : ">")
            .WriteEscape(citation.Source)
            .Write("</span>");
    }
}
