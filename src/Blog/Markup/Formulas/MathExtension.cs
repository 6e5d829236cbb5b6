using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Markup.Formulas;

/// <summary>
/// Pandoc-compatible TeX math for Markdig: <c>$…$</c>, <c>$$…$$</c>, <c>\(…\)</c>, <c>\[…\]</c> and bare
/// AMS environments. Used instead of Markdig's own UseMathematics(), which loses backslashes and
/// misreads display math (see DESIGN.md).
/// </summary>
public sealed class MathExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<MathInlineParser>())
            pipeline.InlineParsers.InsertBefore<EscapeInlineParser>(new MathInlineParser());
        if (!pipeline.BlockParsers.Contains<MathBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new MathBlockParser());
            // Before the formula's own parser, so a lazy "$$" closes the open formula instead of opening one.
            pipeline.BlockParsers.Insert(0, new MathLazyContinuationParser(global: false));
            pipeline.BlockParsers.Insert(0, new MathLazyContinuationParser(global: true));
            pipeline.DocumentProcessed += MathInParagraphs.Merge;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.AddIfNotAlready<HtmlMathInlineRenderer>();
        html.ObjectRenderers.AddIfNotAlready<HtmlMathBlockRenderer>();
        if (html.ObjectRenderers.FindExact<ParagraphRenderer>() is not null)
            html.ObjectRenderers.Replace<ParagraphRenderer>(new ParagraphBeforeFormulaRenderer());
        if (html.ObjectRenderers.FindExact<Markdig.Renderers.Html.HtmlBlockRenderer>() is { } htmlBlock)
            html.ObjectRenderers.Replace<Markdig.Renderers.Html.HtmlBlockRenderer>(new HtmlBlockMathRenderer(htmlBlock));
    }
}
