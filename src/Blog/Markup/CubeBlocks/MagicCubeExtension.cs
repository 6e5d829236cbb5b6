using Markdig;
using Markdig.Renderers;

namespace Blog.Markup.CubeBlocks;

/// <summary>
/// <c>```magic-cube</c> blocks: the body is a cube (layers front to back, separated by a blank
/// line) or one line <c>construct: N</c>; rendered as the seed's LaTeX diagram plus a verdict.
/// Markdig's own fenced-code parser reads the block; we swap the node once the document is parsed.
/// </summary>
/// <param name="verdict">The verdict in the site's words (a build passes its string table); null for the checker's own summary.</param>
public sealed class MagicCubeExtension(CubeVerdict? verdict = null) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= MagicCubeBlocks.Replace;
        pipeline.DocumentProcessed += MagicCubeBlocks.Replace;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlMagicCubeRenderer>()) html.ObjectRenderers.Add(new HtmlMagicCubeRenderer(verdict));
    }
}
