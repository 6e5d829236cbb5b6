using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;

namespace Blog.Markup.ComputeBlocks;

/// <summary>
/// Compute blocks in the page: ```{csharp} blocks and inline `{csharp} expr` render the results the
/// compute stage (Compute/RunCompute) left on the document. References to their figures and tables
/// (<c>@fig-x</c>) are cross-references like any other (Markup/CrossReferences).
/// Added after the highlighting extension, whose code block renderer it wraps.
/// </summary>
/// <param name="foldLabel">The summary text of folded code (<c>echo: fold</c>), from the theme's string table
/// (<c>compute.fold_label</c>: "代码" in zh-CN, "Code" in en).</param>
public sealed class ComputeExtension(string foldLabel) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        var code = html.ObjectRenderers.OfType<HtmlObjectRenderer<CodeBlock>>().FirstOrDefault(r => r is not HtmlComputeBlockRenderer);
        if (code is not null && !html.ObjectRenderers.Contains<HtmlComputeBlockRenderer>())
            html.ObjectRenderers[html.ObjectRenderers.IndexOf(code)] = new HtmlComputeBlockRenderer(code, pipeline, foldLabel);
        if (html.ObjectRenderers.FindExact<CodeInlineRenderer>() is { } inline)
            html.ObjectRenderers.Replace<CodeInlineRenderer>(new HtmlComputeInlineRenderer(inline));
    }
}
