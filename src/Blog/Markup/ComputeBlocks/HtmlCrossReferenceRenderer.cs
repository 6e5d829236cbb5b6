using Blog.Markup.Rendering;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Markup.ComputeBlocks;

public sealed class HtmlCrossReferenceRenderer : HtmlObjectRenderer<CrossReference>
{
    protected override void Write(HtmlRenderer renderer, CrossReference reference)
    {
        // Unknown labels were reported before rendering; without results (no compute stage) keep the text.
        if (PageContext.Of(renderer)?.Get<ComputeResults>() is not { } results || !results.Page.Labels.TryGetValue(reference.Label, out var label))
        {
            renderer.Write('@').WriteEscape(reference.Label);
            return;
        }
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteEscape(results.NumberText(label));
            return;
        }
        renderer.Write("<a class=\"xref\" href=\"#").Write(reference.Label).Write("\">")
            .WriteEscape(results.NumberText(label)).Write("</a>");
    }
}
