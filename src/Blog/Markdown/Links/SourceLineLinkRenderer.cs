using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Blog.Markdown.Links;

/// <summary>Markdig's link renderer, plus <c>data-line</c>: the line of the link in the Markdown file.</summary>
public sealed class SourceLineLinkRenderer : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        // RenderMarkdown has already shifted node lines to the file, so Line + 1 is the file's line.
        link.GetAttributes().AddPropertyIfNotExist("data-line", (link.Line + 1).ToString(CultureInfo.InvariantCulture));
        base.Write(renderer, link);
    }
}
