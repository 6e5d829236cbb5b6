using Markdig;
using Markdig.Renderers;

namespace Blog.Markup.CubeBlocks;

/// <summary>
/// <c>```magic-cube</c> blocks: the body is a cube (layers front to back, separated by a blank
/// line) or one line <c>construct: N</c>; rendered as the seed's LaTeX diagram plus a verdict.
/// Markdig's own fenced-code parser reads the block; we swap the node once the document is parsed.
/// </summary>
public sealed class MagicCubeExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= MagicCubeBlocks.Replace;
        pipeline.DocumentProcessed += MagicCubeBlocks.Replace;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.AddIfNotAlready<HtmlMagicCubeRenderer>();
    }
}
