using Markdig;
using Markdig.Renderers;

namespace Blog.Markup.Diagrams;

/// <summary>
/// ```tikz blocks: the body is a <c>tikzpicture</c> or <c>tikzcd</c> environment (or several, or a whole
/// <c>\begin{document}</c> body), after optional <c>%| key: value</c> lines (<see cref="TikzOptions"/>).
/// Markdig's fenced-code parser reads the block and the node is swapped once the document is parsed;
/// the drawing stage (Typesetting/Diagrams) leaves the SVG on it, and <see cref="HtmlTikzRenderer"/> writes it.
/// </summary>
/// <param name="figureWord">The word before figure numbers (<c>compute.figureWord</c>).</param>
/// <param name="link">A site path → its URL under the base path, for the diagrams' font stylesheet.</param>
public sealed class TikzExtension(string figureWord, Func<string, string> link) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= TikzBlocks.Replace;
        pipeline.DocumentProcessed += TikzBlocks.Replace;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlTikzRenderer>())
            html.ObjectRenderers.Add(new HtmlTikzRenderer(pipeline, figureWord, link));
    }
}
