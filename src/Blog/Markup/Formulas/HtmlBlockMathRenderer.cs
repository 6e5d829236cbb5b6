using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Markup.Formulas;

/// <summary>
/// Math inside a raw HTML block (<c>&lt;details&gt;</c>, <c>&lt;div&gt;</c>, <c>&lt;figure&gt;</c>,
/// <c>&lt;center&gt;</c>…) is math, as it is when MathJax runs over a whole page: see
/// <see cref="HtmlMath"/>. Blocks without formulas go to Markdig's own renderer.
/// </summary>
public sealed class HtmlBlockMathRenderer(HtmlObjectRenderer<HtmlBlock> plain) : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        var raw = block.Lines.ToString();
        if (renderer.EnableHtmlForBlock) Rendering.RawHtmlLinks.Record(renderer, raw, block.Line + 1, block.Column + 1);
        if (!renderer.EnableHtmlForBlock || !HtmlMath.HasFormulas(raw))
        {
            plain.Write(renderer, block);
            return;
        }
        renderer.EnsureLine();
        HtmlMath.Write(renderer, raw, block.Line + 1);
        renderer.WriteLine();
    }
}
