using Blog.Diagnostics;
using Blog.Markup.ComputeBlocks;
using Markdig.Syntax;

namespace Blog.Markup.Diagrams;

/// <summary>
/// A ```tikz fenced block, read: its options (<see cref="TikzOptions"/>) and its TeX (the lines after
/// them). <see cref="Block.Line"/> is the fence's line (0-based, in the file); the TeX's first line is
/// the file's line <see cref="TexLine"/>. The drawing stage sets <see cref="Drawing"/>; the numbering sets
/// <see cref="FigureNumber"/> when the block has a <c>fig-</c> label.
/// </summary>
public sealed class TikzBlock : LeafBlock, IReportsDiagnostics, IFigureBlock
{
    public TikzBlock() : base(null) { }

    public TikzOptions Options { get; init; } = new();
    /// <summary>The TeX of the diagram: the body without its option lines, as written.</summary>
    public string Tex { get; init; } = "";
    /// <summary>1-based file line of the first line of <see cref="Tex"/>.</summary>
    public int TexLine { get; init; }
    /// <summary>Mistakes in the options, reported when the page is parsed.</summary>
    public IReadOnlyList<Diagnostic> Errors { get; init; } = [];
    /// <summary>The SVG (or the error) the drawing stage left; null before it ran (client tests, plain Markdown).</summary>
    public TikzDrawing? Drawing { get; set; }

    public string? FigureLabel => Options.Label;
    public int FigureLine => Options.Lines.TryGetValue("label", out var line) ? line : TexLine;
    public string? FigureNumber { get; set; }

    public IEnumerable<Diagnostic> Diagnostics(string file) => Errors.Select(e => e with { File = file });
}
