using Blog.Markup.Rendering;
using Blog.Markup.ComputeBlocks;
using Blog.Markup.Formulas;
using Markdig;
using Markdig.Syntax;

namespace Blog.Markup;

/// <summary>The parts of a post that are rendered to HTML.</summary>
public enum PostPart { Body, Excerpt, Title, Summary }

/// <summary>The HTML of one part and the formulas written into it, in order.</summary>
public sealed record RenderedPart(string Html, IReadOnlyList<FormulaOccurrence> Formulas);

/// <summary>
/// Renders a post's trees (<see cref="PostSyntax"/>) to HTML: the body, its excerpt (the first
/// paragraph), the title and the summary, each with its compute results. Kept on the document
/// (<see cref="Content.BlogKeys.Rendering"/>), so build-time typesetting renders the same trees
/// again with typeset math in place of the TeX instead of rewriting HTML.
/// </summary>
public sealed class PostRendering(PostSyntax syntax, MarkdownPipeline pipeline, ComputeResults? compute)
{
    public PostSyntax Syntax => syntax;
    public ComputeResults? Compute => compute;

    /// <summary>
    /// Every part's HTML. <paramref name="typeset"/> gives the typeset HTML of the formula at an index
    /// of that part's formulas (null: TeX for MathJax in the browser).
    /// </summary>
    public IReadOnlyDictionary<PostPart, RenderedPart> Render(Func<PostPart, FormulaOccurrence, int, string?>? typeset = null) =>
        new Dictionary<PostPart, RenderedPart>
        {
            [PostPart.Body] = Render(syntax.Body, false, Of(PostPart.Body, typeset)),
            [PostPart.Excerpt] = syntax.FirstParagraph is { } first ? Render(first, false, Of(PostPart.Excerpt, typeset)) : Empty,
            [PostPart.Title] = syntax.Title is { } title ? Render(title, true, Of(PostPart.Title, typeset)) : Empty,
            [PostPart.Summary] = syntax.Summary is { } summary ? Render(summary, true, Of(PostPart.Summary, typeset)) : Empty,
        };

    private static readonly RenderedPart Empty = new("", []);

    private static Func<FormulaOccurrence, int, string?>? Of(PostPart part, Func<PostPart, FormulaOccurrence, int, string?>? typeset) =>
        typeset is null ? null : (formula, index) => typeset(part, formula, index);

    /// <param name="inlineOnly">Write a paragraph's inlines without the &lt;p&gt; (titles; a summary's template adds its own).</param>
    private RenderedPart Render(MarkdownObject node, bool inlineOnly, Func<FormulaOccurrence, int, string?>? typeset)
    {
        var math = new PageMath { Typeset = typeset };
        var context = new PageContext().With(compute).With(math);
        var writer = new StringWriter();
        var renderer = new PageHtmlRenderer(writer, context);
        pipeline.Setup(renderer);
        if (inlineOnly && node is LeafBlock { Inline: { } inline }) renderer.WriteChildren(inline);
        else renderer.Render(node);
        writer.Flush();
        return new RenderedPart(writer.ToString(), math.Found);
    }
}
