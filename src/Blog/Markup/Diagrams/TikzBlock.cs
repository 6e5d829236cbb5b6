using Blog.Diagnostics;
using Blog.Markup.ComputeBlocks;
using Markdig.Syntax;

namespace Blog.Markup.Diagrams;

/// <summary>
/// A ```tikz fenced block, read: its options (<see cref="TikzOptions"/>) and its TeX (the lines after
/// them). <see cref="Markdig.Syntax.MarkdownObject.Line"/> is the fence's line (0-based, in the file once the page's lines are
/// shifted); the options' lines and errors are kept relative to the fence (1: the first body line), so
/// they are right after the shift: <see cref="FileLine"/>. The drawing stage sets <see cref="Drawing"/>;
/// the numbering sets <see cref="FigureNumber"/> when the block has a <c>fig-</c> label.
/// </summary>
public sealed class TikzBlock : LeafBlock, IReportsDiagnostics, IFigureBlock
{
    public TikzBlock() : base(null) { }

    public TikzOptions Options { get; init; } = new();
    /// <summary>The TeX of the diagram: the body without its option lines, as written.</summary>
    public string Tex { get; init; } = "";
    /// <summary>1-based file line of the first line of <see cref="Tex"/>.</summary>
    public int TexLine => Line + 2 + Options.LineCount;
    /// <summary>Mistakes in the options, lines relative to the fence; reported when the page is parsed.</summary>
    public IReadOnlyList<Diagnostic> Errors { get; init; } = [];
    /// <summary>The SVG (or the error) the drawing stage left; null before it ran (client tests, plain Markdown).</summary>
    public TikzDrawing? Drawing { get; set; }

    public string? FigureLabel => Options.Label;
    public int FigureLine => FileLine("label");
    public string? FigureNumber { get; set; }

    /// <summary>1-based file line of the option <paramref name="key"/>, or of the TeX's first line when the block does not set it.</summary>
    public int FileLine(string key) => Options.Lines.TryGetValue(key, out var relative) ? Line + 1 + relative : TexLine;

    public IEnumerable<Diagnostic> Diagnostics(string file) => Errors.Select(e => e with { File = file, Line = Line + 1 + e.Line });
}
