using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Markup.Highlighting;

public sealed class HighlightingExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html || html.ObjectRenderers.FindExact<CodeBlockRenderer>() is not { } plain) return;
        html.ObjectRenderers.Replace<CodeBlockRenderer>(new HighlightedCodeBlockRenderer(plain));
    }
}
