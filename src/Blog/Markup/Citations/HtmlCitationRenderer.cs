using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Markup.Citations;

/// <summary>Writes a <see cref="Citation"/> as its placeholder (<see cref="CitationHtml"/>), the source text inside.</summary>
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
            .Write($"\" {CitationHtml.LineAttribute}=\"{citation.Line + 1}\" {CitationHtml.ColumnAttribute}=\"{citation.Column + 1}\">")
            .WriteEscape(citation.Source)
            .Write("</span>");
    }
}
