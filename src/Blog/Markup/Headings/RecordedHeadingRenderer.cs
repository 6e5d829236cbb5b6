using Blog.Markup.Rendering;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Markup.Headings;

/// <summary>Markdig's heading renderer; the id it writes is recorded (<see cref="WrittenLinks"/>), a fragment target for the link check.</summary>
public sealed class RecordedHeadingRenderer : HeadingRenderer
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        if (renderer.EnableHtmlForBlock) WrittenLinks.Id(renderer, heading.TryGetAttributes()?.Id);
        base.Write(renderer, heading);
    }
}
