using Markdig;
using Markdig.Renderers;

namespace Blog.Markup.FencedDivs;

/// <summary>Pandoc/Quarto fenced divs: theorems, proofs, callouts and plain divs, named in the site's language.</summary>
public sealed class FencedDivExtension(ReferenceNames names) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Before the paragraph parser, so a fence is never read as text.
        if (!pipeline.BlockParsers.Contains<FencedDivParser>()) pipeline.BlockParsers.Insert(0, new FencedDivParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlFencedDivRenderer>())
            html.ObjectRenderers.Add(new HtmlFencedDivRenderer(names));
    }
}
