using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Markup.Formulas;

public sealed class HtmlMathInlineRenderer : HtmlObjectRenderer<MathInline>
{
    protected override void Write(HtmlRenderer renderer, MathInline obj)
        => MathHtml.Write(renderer, obj.Tex, obj.Kind, block: false, obj.Line + 1, obj.Column + 1);
}

public sealed class HtmlMathBlockRenderer : HtmlObjectRenderer<MathBlock>
{
    protected override void Write(HtmlRenderer renderer, MathBlock obj)
    {
        renderer.EnsureLine();
        MathHtml.Write(renderer, obj.Tex, obj.Kind, block: true, obj.Line + 1, obj.Column + 1);
        if (obj.Inline?.FirstChild is null) return;
        renderer.Write("<p>");
        renderer.WriteChildren(obj.Inline);
        renderer.WriteLine("</p>");
    }
}
