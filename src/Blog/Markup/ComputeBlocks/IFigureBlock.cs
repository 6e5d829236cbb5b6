namespace Blog.Markup.ComputeBlocks;

/// <summary>
/// A block other than a compute block that can be a numbered figure (a ```tikz diagram): it counts
/// in the page's one figure counter with the compute figures, in page order (<see cref="ComputePage.Find"/>),
/// and gets its number back from the numbering (Markup/CrossReferences/PageNumbering).
/// </summary>
public interface IFigureBlock
{
    /// <summary>The block's <c>fig-…</c> label, or null when it is not a numbered figure.</summary>
    string? FigureLabel { get; }

    /// <summary>1-based line in the Markdown file where the label is written, for errors and references.</summary>
    int FigureLine { get; }

    /// <summary>The number the page gave the figure ("2"), set by the numbering; null until then or when unlabelled.</summary>
    string? FigureNumber { get; set; }
}
