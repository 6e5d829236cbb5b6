using Blog.Markup.Parsing;
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

    /// <summary>
    /// Numbers the references of the page's other trees (the front-matter title and summary) after the
    /// body's, so that <see cref="ResolveReferences"/> resolves them like the body's, as their words
    /// without a link (<see cref="CrossReference.WordsOnly"/>): a title's or summary's HTML is shown on
    /// list pages, inside their link to the post. Does nothing when the body was not numbered.
    /// </summary>
    public void ProcessOtherTrees(MarkdownDocument body, IReadOnlyList<Block?> others) => NumberAlso(body, others);

    private static void NumberAlso(MarkdownDocument body, IReadOnlyList<Block?> trees)
    {
        if (body.GetData(PageAnchors.Key) is not PageAnchors page) return;
        var references = page.References.ToList();
        foreach (var tree in trees)
        {
            if (tree is null) continue;
            foreach (var reference in (tree as ParagraphBlock)?.Inline?.Descendants<CrossReference>() ?? tree.Descendants<CrossReference>())
            {
                reference.Index = references.Count;
                reference.WordsOnly = true;
                references.Add(new PendingReference(reference.Index, reference.Slug, reference.Id, reference.SuppressName, reference.Line + 1, reference.Column + 1));
            }
        }
        if (references.Count > page.References.Count) body.SetData(PageAnchors.Key, page with { References = references });
    }

    /// <summary>The page's <see cref="PageAnchors"/>, for the site-wide index.</summary>
    public IEnumerable<KeyValuePair<string, object?>> Metadata(MarkdownDocument document) => [new(PageAnchors.Key, Of(document))];

    /// <summary>What the numbering of this extension found on this tree; empty when the extension is not in the pipeline.</summary>
    public static PageAnchors Of(MarkdownDocument document) => document.GetData(PageAnchors.Key) as PageAnchors ?? PageAnchors.Empty;
}
