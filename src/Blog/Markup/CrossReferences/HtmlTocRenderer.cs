using Markdig.Renderers;
using Markdig.Renderers.Html;
using Blog.Markup.Rendering;

using Blog.Markup.FencedDivs;

namespace Blog.Markup.CrossReferences;

/// <summary>
/// The table of contents as nested lists of links to the headings. Each entry is the heading's own
/// inline HTML (its number, its formulas), so math in a heading is typeset in the contents too, written as
/// link text (<see cref="LinkText"/>): no link inside the entry's link, no id written a second time.
/// </summary>
public sealed class HtmlTocRenderer(ReferenceNames names) : HtmlObjectRenderer<TocBlock>
{
    protected override void Write(HtmlRenderer renderer, TocBlock toc)
    {
        renderer.EnsureLine();
        var written = WrittenLinks.Of(renderer);
        written?.Id("toc-title");
        renderer.Write("<nav class=\"toc\" aria-labelledby=\"toc-title\"><p class=\"toc-title\" id=\"toc-title\">").WriteEscape(names["toc"]).WriteLine("</p>");
        var levels = new Stack<int>();
        foreach (var heading in toc.Headings)
        {
            if (levels.Count == 0 || heading.Level > levels.Peek())
            {
                renderer.Write("<ol>");
                levels.Push(heading.Level);
            }
            else
            {
                renderer.Write("</li>");
                while (levels.Count > 1 && heading.Level < levels.Peek())
                {
                    renderer.Write("</ol></li>");
                    levels.Pop();
                }
            }
            written?.Link("#" + heading.GetAttributes().Id, toc.Line + 1, toc.Column + 1);
            renderer.Write("<li><a href=\"#").WriteEscape(heading.GetAttributes().Id ?? "").Write("\">");
            // The heading's words: its links, references, citations and note marks are not repeated as links or ids.
            LinkText.Write(renderer, () => renderer.WriteLeafInline(heading));
            renderer.Write("</a>");
        }
        while (levels.Count > 0)
        {
            renderer.Write("</li></ol>");
            levels.Pop();
        }
        renderer.WriteLine("</nav>");
    }
}
