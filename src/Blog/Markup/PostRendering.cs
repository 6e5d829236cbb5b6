using Blog.Markup.Rendering;
using Blog.Markup.ComputeBlocks;
using Blog.Markup.Formulas;
using Markdig;
using Markdig.Syntax;
using Blog.Markup.Text;

namespace Blog.Markup;

/// <summary>The parts of a post that are rendered to HTML.</summary>
public enum PostPart { Body, Excerpt, Title, Summary }

/// <summary>The HTML of one part, the formulas written into it in order, and the links and ids its renderers wrote.</summary>
public sealed record RenderedPart(string Html, IReadOnlyList<FormulaOccurrence> Formulas, WrittenLinks? Written = null);

/// <summary>
/// Renders a post's trees (<see cref="PostSyntax"/>) to HTML: the body, its excerpt (the first
/// paragraph cut, or the blocks before <c>&lt;!--more--&gt;</c>), the title and the summary, each with its compute
/// results, once per build: in build mode the formulas were found on the trees and typeset before
/// (<see cref="PostFormulas"/>, <see cref="TypesetFormulas"/>), and each is written typeset in its place.
/// </summary>
/// <param name="indexed">Whether the page is in the site search: when not, no Pagefind attributes are written (<see cref="Search.SearchMarkup"/>).</param>
public sealed class PostRendering(PostSyntax syntax, MarkdownPipeline pipeline, ComputeResults? compute, bool indexed = true)
{
    public PostSyntax Syntax => syntax;
    public ComputeResults? Compute => compute;

    /// <summary>
    /// Every part's HTML. <paramref name="typeset"/> holds what to write for each formula (build mode);
    /// null: TeX for MathJax in the browser.
    /// </summary>
    /// <exception cref="FormulaOrderException">A formula was written that <paramref name="typeset"/> does not hold at that place.</exception>
    public IReadOnlyDictionary<PostPart, RenderedPart> Render(TypesetFormulas? typeset = null) =>
        new Dictionary<PostPart, RenderedPart>
        {
            [PostPart.Body] = Render(syntax.Body, false, Of(PostPart.Body, typeset)),
            [PostPart.Excerpt] = Excerpt(Of(PostPart.Excerpt, typeset)),
            // A title and a summary are link text on list pages (inside the link to the post): written as such everywhere.
            [PostPart.Title] = syntax.Title is { } title ? Render(title, true, Of(PostPart.Title, typeset), linkText: true) : Empty,
            [PostPart.Summary] = syntax.Summary is { } summary ? Render(summary, true, Of(PostPart.Summary, typeset), linkText: true) : Empty,
        };

    private static readonly RenderedPart Empty = new("", []);

    /// <summary>The list pages' excerpt: the blocks before <c>&lt;!--more--&gt;</c>, or the first paragraph cut at a node boundary (<see cref="ExcerptHtml"/>).</summary>
    private RenderedPart Excerpt(Func<FormulaOccurrence, int, string?>? typeset)
    {
        // Shown on list pages beside other excerpts: no note marks, whose ids would repeat (LinkText.WriteAway).
        if (ExcerptHtml.BeforeSeparator(syntax.Body) is { Count: > 0 } blocks)
            return Render(r => LinkText.WriteAway(r, () => { foreach (var block in blocks) r.Render(block); }), typeset);
        return syntax.FirstParagraph is { } first
            ? Render(r => LinkText.WriteAway(r, () => ExcerptHtml.WriteCut(r, first, RenderMarkdown.DescriptionLength, compute)), typeset)
            : Empty;
    }

    private static Func<FormulaOccurrence, int, string?>? Of(PostPart part, TypesetFormulas? typeset) =>
        typeset is null ? null : (formula, index) => typeset.For(part, formula, index);

    /// <param name="inlineOnly">Write a paragraph's inlines without the &lt;p&gt; (titles; a summary's template adds its own).</param>
    /// <param name="linkText">Written as a link's text (<see cref="LinkText.Write"/>): references, citations and links as words, no note marks.</param>
    private RenderedPart Render(MarkdownObject node, bool inlineOnly, Func<FormulaOccurrence, int, string?>? typeset, bool linkText = false) =>
        Render(renderer =>
        {
            void Write()
            {
                if (inlineOnly && node is LeafBlock { Inline: { } inline }) renderer.WriteChildren(inline);
                else renderer.Render(node);
            }
            if (linkText) LinkText.Write(renderer, Write);
            else Write();
        }, typeset);

    private RenderedPart Render(Action<PageHtmlRenderer> write, Func<FormulaOccurrence, int, string?>? typeset)
    {
        var math = new PageMath { Typeset = typeset };
        var context = new PageContext().With(compute).With(math).With(indexed ? null : Search.SearchMarkup.None);
        var writer = new StringWriter();
        var renderer = new PageHtmlRenderer(writer, context);
        pipeline.Setup(renderer);
        write(renderer);
        writer.Flush();
        return new RenderedPart(writer.ToString(), math.Found, context.Written);
    }
}
