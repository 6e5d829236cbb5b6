using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Blog.Markup.Citations;

/// <summary>Pandoc citations: <see cref="CitationParser"/> before the link parser, <see cref="HtmlCitationRenderer"/> for the placeholder.</summary>
public sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.InlineParsers.Contains<CitationParser>()) return;
        if (!pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser())) pipeline.InlineParsers.Add(new CitationParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlCitationRenderer>())
            html.ObjectRenderers.Add(new HtmlCitationRenderer());
    }
}
