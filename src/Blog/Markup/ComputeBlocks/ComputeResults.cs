using Blog.Compute;

namespace Blog.Markup.ComputeBlocks;

/// <summary>
/// What the compute stage left for the renderers of one page: the units, what each showed, and
/// the numbers of its figures and tables. Kept on the page's document; renderers get it from the
/// <see cref="Rendering.PageContext"/> of the page they render.
/// </summary>
public sealed record ComputeResults(ComputePage Page, IReadOnlyDictionary<int, UnitResult> BySpan, ComputeSettings Settings)
{
    public const string Key = "compute.results";

    public string NumberText(LabelNumber label) => $"{(label.IsFigure ? Settings.FigureWord ?? "Figure" : Settings.TableWord ?? "Table")} {label.Number}";
}

/// <summary>What one unit showed. <see cref="Error"/> is the text of an exception shown with <c>error: true</c>.</summary>
public sealed record UnitResult(IReadOnlyList<Output> Outputs, string? Error = null, string? Caption = null);
