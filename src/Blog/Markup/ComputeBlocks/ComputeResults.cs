using Blog.Compute;
using Markdig.Syntax;

namespace Blog.Markup.ComputeBlocks;

/// <summary>
/// What the compute stage left for the renderers of one page: the units, what each showed, and
/// the numbers of its figures and tables. Kept on the page's document; renderers find it from the
/// syntax tree they render.
/// </summary>
public sealed record ComputeResults(ComputePage Page, IReadOnlyDictionary<int, UnitResult> BySpan, ComputeSettings Settings)
{
    public const string Key = "compute.results";

    /// <summary>The results of the page <paramref name="node"/> belongs to, or null when the page ran no compute.</summary>
    public static ComputeResults? Of(MarkdownObject node)
    {
        MarkdownObject? current = node;
        while (current is not null and not MarkdownDocument)
            current = current switch
            {
                Markdig.Syntax.Inlines.Inline inline => (MarkdownObject?)inline.Parent ?? (inline as Markdig.Syntax.Inlines.ContainerInline)?.ParentBlock,
                Block block => block.Parent,
                _ => null,
            };
        return (current?.GetData(typeof(Pipelines.Document)) as Pipelines.Document)?.Get<ComputeResults>(Key);
    }

    public string NumberText(LabelNumber label) => $"{(label.IsFigure ? Settings.FigureWord : Settings.TableWord)} {label.Number}";
}

/// <summary>What one unit showed. <see cref="Error"/> is the text of an exception shown with <c>error: true</c>.</summary>
public sealed record UnitResult(IReadOnlyList<Output> Outputs, string? Error = null, string? Caption = null);
