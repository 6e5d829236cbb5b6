using Blog.Markup.Rendering;
using System.Globalization;
using Blog.Markup.Parsing;
using Blog.Markup.Search;
using Blog.Markup.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Markup.Diagrams;

/// <summary>
/// A ```tikz block: its SVG inline (or an <c>&lt;img&gt;</c> of its file when it is too large), in a
/// numbered <c>&lt;figure&gt;</c> with its caption when labelled. The SVG is hidden from screen readers and
/// the search index; the text alternative (<c>alt</c>, else the caption's text) stands for it, indexed
/// through <c>data-pagefind-index-attrs</c>. Before drawing (plain Markdown) the TeX is shown as code.
/// </summary>
/// <param name="figureWord">The word before a figure's number (<c>compute.figureWord</c>), as compute figures use it.</param>
/// <param name="link">A site path → its URL under the base path (Content/Urls.Link).</param>
public sealed class HtmlTikzRenderer(MarkdownPipeline pipeline, string figureWord, Func<string, string> link) : HtmlObjectRenderer<TikzBlock>
{
    /// <summary>The stylesheet of the fonts TeX's text in diagrams uses, linked by each diagram.</summary>
    public const string FontsStylesheet = "/assets/tikz/fonts.css";

    protected override void Write(HtmlRenderer renderer, TikzBlock block)
    {
        renderer.EnsureLine();
        var options = block.Options;
        var labelled = options.Label is not null && block.FigureNumber is not null;
        var caption = options.Caption is { } text ? InlineMarkdown.Parse(text, CaptionLine(block), pipeline) : null;
        var alt = options.Alt ?? (caption is null ? "" : PlainText.Of(caption));
        if (labelled) WrittenLinks.Id(renderer, options.Label);
        renderer.Write(labelled ? $"<figure id=\"{options.Label}\" class=\"tikz-figure\">" : "<figure class=\"tikz-figure\">").WriteLine();
        WriteDiagram(renderer, block, alt);
        if (labelled || caption is not null)
        {
            renderer.Write("<figcaption>");
            if (labelled) renderer.Write("<span class=\"caption-number\">").WriteEscape(figureWord + " " + block.FigureNumber).Write("</span> ");
            if (caption?.Inline is { } inline) renderer.WriteChildren(inline);
            renderer.WriteLine("</figcaption>");
        }
        renderer.WriteLine("</figure>");
    }

    private void WriteDiagram(HtmlRenderer renderer, TikzBlock block, string alt)
    {
        var drawing = block.Drawing;
        if (drawing?.Error is { } error)
        {
            renderer.Write("<pre class=\"tikz-error\" data-line=\"").Write(block.TexLine.ToString(CultureInfo.InvariantCulture)).Write("\">")
                .WriteEscape(error).WriteLine("</pre>");
            return;
        }
        if (drawing?.Svg is not { } svg)
        {
            renderer.Write("<pre class=\"tikz-source\"><code class=\"language-latex\">").WriteEscape(block.Tex).WriteLine("</code></pre>");
            return;
        }
        var search = SearchMarkup.Wanted(renderer);
        renderer.Write("<div class=\"tikz-diagram\" role=\"img\" aria-label=\"").WriteEscape(alt).Write("\" data-tikz-file=\"").WriteEscape(drawing.FileName).Write('"');
        if (block.Options.Width is { } width) renderer.Write(" style=\"width: ").Write(width).Write('"');
        if (search) renderer.Write(" data-pagefind-index-attrs=\"aria-label\"");
        renderer.Write('>');
        if (drawing.Inline)
        {
            WrittenLinks.Link(renderer, link(FontsStylesheet), block.Line + 1, block.Column + 1);
            renderer.Write("<link rel=\"stylesheet\" href=\"").Write(link(FontsStylesheet)).Write("\">");
            var start = svg.IndexOf("<svg", StringComparison.Ordinal);
            renderer.Write("<svg aria-hidden=\"true\" focusable=\"false\"").Write(search ? " data-pagefind-ignore=\"all\"" : "").Write(svg[(start + 4)..]);
        }
        else
        {
            WrittenLinks.Link(renderer, drawing.FileName, block.Line + 1, block.Column + 1);
            renderer.Write("<img src=\"").WriteEscape(drawing.FileName).Write("\" alt=\"").WriteEscape(alt).Write("\">");
        }
        renderer.WriteLine("</div>");
    }

    internal static int CaptionLine(TikzBlock block) => block.FileLine("fig-cap");
}
