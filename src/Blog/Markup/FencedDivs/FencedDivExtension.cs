using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Blog.Markup.FencedDivs;

/// <summary>Pandoc/Quarto fenced divs: theorems, proofs, callouts and plain divs, named in the site's language.</summary>
public sealed class FencedDivExtension(ReferenceNames names) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Before the paragraph parser, so a fence is never read as text.
        if (!pipeline.BlockParsers.Contains<FencedDivParser>()) pipeline.BlockParsers.Insert(0, new FencedDivParser());
        pipeline.DocumentProcessed -= TakeNames;
        pipeline.DocumentProcessed += TakeNames;
    }

    /// <summary>
    /// Moves each parsed name attribute (<see cref="DivNameBlock"/>, a child only so that its inlines are
    /// parsed) out of the body to <see cref="FencedDiv.NameBlock"/>. Raw HTML in it is text, as it was
    /// when the attribute was written escaped: an attribute value is shown, never run.
    /// </summary>
    private static void TakeNames(MarkdownDocument document)
    {
        foreach (var name in document.Descendants<DivNameBlock>().ToList())
        {
            var div = (FencedDiv)name.Parent!;
            div.Remove(name);
            if (name.Inline is { } inline) Parsing.InlineMarkdown.HtmlAsText(inline);
            div.NameBlock = name;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlFencedDivRenderer>())
            html.ObjectRenderers.Add(new HtmlFencedDivRenderer(names));
    }
}
