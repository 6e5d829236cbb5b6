using Blog.Configuration;
using Blog.Content;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

using Blog.Markup.FencedDivs;

namespace Blog.Markup.CrossReferences;

/// <summary>
/// Cross-references (<c>@thm-x</c>, <c>@slug/eq-y</c>, …), heading attributes (<c>{#sec-x}</c>), the
/// numbering of a page and its table of contents. Resolving references needs every page, so
/// <see cref="ResolveReferences"/> finishes the job after all pages are processed.
/// </summary>
/// <param name="figureWords">The words of compute figures and tables (<c>compute.figureWord</c>, <c>tableWord</c>), so references agree with captions.</param>
public sealed class CrossReferenceExtension(ReferenceNames names, CrossrefSettings settings, (string Figure, string Table) figureWords) : IMarkdownExtension, IPageProcessor
{
    public ReferenceNames Names => names;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // First: '[' is also the link parser's; a bracket that holds no cross-reference is left to it.
        if (!pipeline.InlineParsers.Contains<CrossReferenceParser>()) pipeline.InlineParsers.Insert(0, new CrossReferenceParser(names.GroupSeparators()));
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        if (!html.ObjectRenderers.Contains<HtmlCrossReferenceRenderer>()) html.ObjectRenderers.Add(new HtmlCrossReferenceRenderer());
        if (!html.ObjectRenderers.Contains<HtmlCrossReferenceGroupRenderer>()) html.ObjectRenderers.Add(new HtmlCrossReferenceGroupRenderer());
        if (!html.ObjectRenderers.Contains<HtmlTocRenderer>()) html.ObjectRenderers.Add(new HtmlTocRenderer(names));
    }

    /// <summary>Numbers the parsed page and keeps what it defines and refers to on the tree (<see cref="Of"/>).</summary>
    public void Process(MarkdownDocument document, Pipelines.Document page) =>
        document.SetData(PageAnchors.Key, PageNumbering.Apply(document, page, settings, figureWords));

    /// <summary>The page's <see cref="PageAnchors"/>, for the site-wide index.</summary>
    public IEnumerable<KeyValuePair<string, object?>> Metadata(MarkdownDocument document) => [new(PageAnchors.Key, Of(document))];

    /// <summary>What <see cref="Number"/> found on this tree; empty when the extension is not in the pipeline.</summary>
    public static PageAnchors Of(MarkdownDocument document) => document.GetData(PageAnchors.Key) as PageAnchors ?? PageAnchors.Empty;
}
