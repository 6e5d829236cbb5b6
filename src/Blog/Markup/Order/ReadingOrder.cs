using Blog.Compute;
using Blog.MagicCube.Rendering;
using Blog.Markup.Citations;
using Blog.Markup.ComputeBlocks;
using Blog.Markup.CrossReferences;
using Blog.Markup.CubeBlocks;
using Blog.Markup.Diagrams;
using Blog.Markup.FencedDivs;
using Blog.Markup.Formulas;
using Blog.Markup.Parsing;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Markup.Order;

/// <summary>
/// What the renderers will write of a part's tree that a later stage resolves (formulas to typeset,
/// citations to format), in the order they will write it, found by walking the tree without rendering
/// it. It follows each renderer's order where that differs from the tree's: the contents (each
/// heading's inlines where the contents stand, as link text, and again at the heading), a theorem's or
/// callout's name before its blocks, a math block's formula before its trailing text, a compute block's
/// outputs and caption, a ```tikz caption, a magic cube's formula, the formulas in raw HTML blocks and
/// notes at the end of the body (Markdig's list of footnotes, inline notes among them). An image's text
/// is written as plain text (its alt attribute): nothing there is a formula or a citation.
/// <c>ReadingOrderTests</c> hold this equal to what the renderers write.
/// </summary>
/// <param name="compute">The page's compute results (their outputs may hold formulas); null when it has none.</param>
/// <param name="pipeline">The site's Markdig pipeline: captions and <c>output: asis</c> text are parsed with it, as the renderers do.</param>
public sealed class ReadingOrder(ComputeResults? compute, MarkdownPipeline pipeline)
{
    /// <summary>
    /// The formulas and citations of <paramref name="node"/> in the order the renderers write them.
    /// </summary>
    /// <param name="inlineOnly">Only a leaf block's inlines (a title, a summary), as <c>PostRendering</c> writes them.</param>
    /// <param name="linkText">Written as a link's text (a title, a summary): citations as their words.</param>
    public IReadOnlyList<Written> Of(MarkdownObject node, bool inlineOnly = false, bool linkText = false)
    {
        var walk = new Walk(compute, pipeline, linkText ? 1 : 0);
        if (inlineOnly && node is LeafBlock { Inline: { } inline }) walk.Inlines(inline);
        else walk.Node(node);
        return walk.Found;
    }

    private sealed class Walk(ComputeResults? compute, MarkdownPipeline pipeline, int linkText)
    {
        public List<Written> Found { get; } = [];

        private int _linkText = linkText;

        public void Node(MarkdownObject node)
        {
            if (node is Block block) Block(block);
            else if (node is Inline inline) Inline(inline);
        }

        private void Block(Block block)
        {
            switch (block)
            {
                case TocBlock toc:
                    // HtmlTocRenderer: each heading's inlines as the text of its link.
                    foreach (var heading in toc.Headings)
                        if (heading.Inline is { } inline) AsLinkText(() => Inlines(inline));
                    break;
                case FencedDiv div:
                    // HtmlFencedDivRenderer: a theorem's, proof's or callout's name (its title) comes before its blocks.
                    if (div.Kind?.Family is DivFamily.Callout or DivFamily.Theorem or DivFamily.Proof && div.NameBlock is { Inline: { } name })
                        Inlines(name);
                    Children(div);
                    break;
                case MathBlock math:
                    Formula(MathHtml.Occurrence(math.Tex, math.Kind, math.Line + 1, math.Column + 1));
                    if (math.Inline?.FirstChild is not null) Inlines(math.Inline);
                    break;
                case MagicCubeBlock { Cube: { } cube } magic:
                    Formula(MathHtml.Occurrence(LatexCubeRenderer.Render(cube, magic.Style), MathKind.Display, magic.Line + 1));
                    break;
                case TikzBlock tikz:
                    if (tikz.Options.Caption is { } caption && InlineMarkdown.Parse(caption, HtmlTikzRenderer.CaptionLine(tikz), pipeline)?.Inline is { } words)
                        Inlines(words);
                    break;
                case HtmlBlock html:
                    foreach (var formula in HtmlMath.Occurrences(html.Lines.ToString(), html.Line + 1)) Formula(formula);
                    break;
                case FencedCodeBlock code when ComputePage.IsComputeBlock(code):
                    ComputeBlock(code);
                    break;
                case LeafBlock { Inline: { } inline }:
                    Inlines(inline);
                    break;
                case ContainerBlock container:
                    Children(container);
                    break;
            }
        }

        private void Children(ContainerBlock container)
        {
            foreach (var child in container) Block(child);
        }

        /// <summary>HtmlComputeBlockRenderer and ComputeOutputHtml: a table's caption, the outputs, a figure's caption.</summary>
        private void ComputeBlock(FencedCodeBlock code)
        {
            var unit = compute?.Page.Units.FirstOrDefault(u => u.Kind == UnitKind.Block && u.SpanStart == code.Span.Start);
            if (unit is null || !compute!.BySpan.TryGetValue(unit.SpanStart, out var result)) return;
            var options = unit.Options;
            var label = options.Label is { } l && compute.Page.Labels.TryGetValue(l, out var n) ? n : null;
            if (label is { IsFigure: false }) Caption(result, unit.Line);
            if (options.Output != OutputOption.Hide)
                foreach (var output in result.Outputs)
                    switch (output.Kind)
                    {
                        case OutputKind.Console or OutputKind.Text when options.Output == OutputOption.AsIs:
                            Block(InlineMarkdown.Body(output.Content, unit.Line, pipeline));
                            break;
                        case OutputKind.Tex:
                            Formula(MathHtml.Occurrence(output.Content, MathKind.Display, unit.Line));
                            break;
                        case OutputKind.Html:
                            foreach (var formula in HtmlMath.Occurrences(output.Content, unit.Line)) Formula(formula);
                            break;
                    }
            if (label is { IsFigure: true }) Caption(result, unit.Line);
        }

        private void Caption(UnitResult result, int line)
        {
            if (InlineMarkdown.Parse(result.Caption ?? "", line, pipeline)?.Inline is { } caption) Inlines(caption);
        }

        public void Inlines(ContainerInline container)
        {
            foreach (var inline in container) Inline(inline);
        }

        private void Inline(Inline inline)
        {
            switch (inline)
            {
                case MathInline math:
                    Formula(MathHtml.Occurrence(math.Tex, math.Kind, math.Line + 1, math.Column + 1));
                    break;
                case Citation citation:
                    Found.Add(new WrittenCitation(citation, _linkText > 0));
                    break;
                case LinkInline { IsImage: true }:
                    break; // written as its alt text: no HTML, so no formula or citation
                case LinkInline link:
                    // SourceLineLinkRenderer: a link's text is link text.
                    AsLinkText(() => Inlines(link));
                    break;
                case CodeInline code when ComputePage.InlineCode(code) is not null && compute?.BySpan.TryGetValue(code.Span.Start, out var result) == true:
                    foreach (var output in result!.Outputs.Where(o => o.Kind == OutputKind.Tex))
                        Formula(MathHtml.Occurrence(output.Content, MathKind.Inline, code.Line + 1));
                    break;
                case CrossReference:
                    break; // its token or words: no formula
                case ContainerInline container:
                    Inlines(container);
                    break;
            }
        }

        private void AsLinkText(Action walk)
        {
            _linkText++;
            try
            {
                walk();
            }
            finally
            {
                _linkText--;
            }
        }

        private void Formula(FormulaOccurrence formula) => Found.Add(new WrittenFormula(formula));
    }
}

/// <summary>One thing a renderer writes that a later stage resolves: <see cref="WrittenFormula"/> or <see cref="WrittenCitation"/>.</summary>
public abstract record Written;

/// <summary>A formula, as the renderer records it (<see cref="MathHtml.Occurrence"/>).</summary>
public sealed record WrittenFormula(FormulaOccurrence Formula) : Written;

/// <summary>A citation; <paramref name="WordsOnly"/> when it is written as a link's text (a contents entry, a title), without links.</summary>
public sealed record WrittenCitation(Citation Citation, bool WordsOnly) : Written;
