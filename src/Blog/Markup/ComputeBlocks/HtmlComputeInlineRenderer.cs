using Blog.Markup.Rendering;
using Blog.Compute;
using Blog.Markup.Formulas;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Blog.Markup.ComputeBlocks;

/// <summary>Inline `{csharp} expr`: its value in the running text; other inline code as usual.</summary>
public sealed class HtmlComputeInlineRenderer(CodeInlineRenderer plain) : HtmlObjectRenderer<CodeInline>
{
    protected override void Write(HtmlRenderer renderer, CodeInline code)
    {
        if (ComputePage.InlineCode(code) is null || PageContext.Of(renderer)?.Get<ComputeResults>() is not { } results
            || !results.BySpan.TryGetValue(code.Span.Start, out var result))
        {
            plain.Write(renderer, code);
            return;
        }
        foreach (var output in result.Outputs)
        {
            if (!renderer.EnableHtmlForInline) // an image's alt text: the value as text
            {
                renderer.WriteEscape(output.Content.TrimEnd('\n'));
                continue;
            }
            if (output.Kind == OutputKind.Tex) MathHtml.Write(renderer, output.Content, MathKind.Inline, false, code.Line + 1);
            else if (output.Kind == OutputKind.Html)
            {
                RawHtmlLinks.Record(renderer, output.Content, code.Line + 1, code.Column + 1);
                renderer.Write(output.Content);
            }
            else renderer.Write("<span class=\"compute-value\">").WriteEscape(output.Content.TrimEnd('\n')).Write("</span>");
        }
    }
}
