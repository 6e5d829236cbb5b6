using System.Globalization;
using Blog.Markup.Rendering;
using Blog.Markup.Search;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Markup.Headings;

/// <summary>
/// Markdig's heading renderer; the id it writes is recorded (<see cref="WrittenLinks"/>), a fragment target
/// for the link check, and the text ends with a space (<see cref="SentenceEnd"/>) so that the site search
/// does not end a heading such as "Gumbel Softmax" with a "." the page does not have.
/// </summary>
public sealed class RecordedHeadingRenderer : HeadingRenderer
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var tag = "h" + heading.Level.ToString(CultureInfo.InvariantCulture);
        if (renderer.EnableHtmlForBlock)
        {
            WrittenLinks.Id(renderer, heading.TryGetAttributes()?.Id);
            renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        }
        renderer.WriteLeafInline(heading);
        if (renderer.EnableHtmlForBlock)
        {
            SentenceEnd.Write(renderer);
            renderer.Write("</").Write(tag).WriteLine('>');
        }
        renderer.EnsureLine();
    }
}
