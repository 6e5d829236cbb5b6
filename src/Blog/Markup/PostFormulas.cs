using Blog.Markup.ComputeBlocks;
using Blog.Markup.Formulas;
using Blog.Markup.Order;
using Markdig;

namespace Blog.Markup;

/// <summary>
/// The formulas of a post's parts in the order the renderers will write them (<see cref="ReadingOrder"/>),
/// found on the trees before any HTML exists: what build mode typesets, in one MathJax document per page
/// (the body's first, so numbering and \eqref work as in the browser, then the title's and the summary's).
/// The excerpt's formulas are the body's. A formula written twice (a heading's, again in the contents) is
/// listed twice, as it is typeset twice.
/// </summary>
public sealed class PostFormulas
{
    private PostFormulas(IReadOnlyList<FormulaOccurrence> body, IReadOnlyList<FormulaOccurrence> title, IReadOnlyList<FormulaOccurrence> summary)
    {
        Body = body;
        Title = title;
        Summary = summary;
        All = [.. body, .. title, .. summary];
    }

    /// <summary>The body's formulas, in the order written (its notes at its end).</summary>
    public IReadOnlyList<FormulaOccurrence> Body { get; }
    /// <summary>The title's formulas.</summary>
    public IReadOnlyList<FormulaOccurrence> Title { get; }
    /// <summary>The summary's formulas.</summary>
    public IReadOnlyList<FormulaOccurrence> Summary { get; }
    /// <summary>The body's, the title's and the summary's formulas, in that order: what one MathJax document typesets.</summary>
    public IReadOnlyList<FormulaOccurrence> All { get; }

    /// <summary>The formulas of a part (the excerpt has none of its own: see <see cref="TypesetFormulas"/>).</summary>
    public IReadOnlyList<FormulaOccurrence> Of(PostPart part) => part switch
    {
        PostPart.Body => Body,
        PostPart.Title => Title,
        PostPart.Summary => Summary,
        _ => [],
    };

    /// <summary>Where a part's formulas start in <see cref="All"/>.</summary>
    public int Offset(PostPart part) => part switch
    {
        PostPart.Title => Body.Count,
        PostPart.Summary => Body.Count + Title.Count,
        _ => 0,
    };

    /// <summary>The formulas of <paramref name="syntax"/>'s parts, from the trees and the compute results (no rendering).</summary>
    /// <param name="pipeline">The site's Markdig pipeline, which the renderers parse captions and <c>output: asis</c> text with.</param>
    public static PostFormulas Find(PostSyntax syntax, ComputeResults? compute, MarkdownPipeline pipeline)
    {
        var order = new ReadingOrder(compute, pipeline);
        static List<FormulaOccurrence> Formulas(IEnumerable<Written> written) => [.. written.OfType<WrittenFormula>().Select(w => w.Formula)];
        return new PostFormulas(
            Formulas(order.Of(syntax.Body)),
            syntax.Title is { } title ? Formulas(order.Of(title, inlineOnly: true, linkText: true)) : [],
            syntax.Summary is { } summary ? Formulas(order.Of(summary, inlineOnly: true, linkText: true)) : []);
    }
}
