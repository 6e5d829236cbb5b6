namespace Blog.MagicCube.Rendering;

/// <summary>The LaTeX for one diagram cell in a given style.</summary>
public static class LatexCells
{
    private const string Rotate = @"\style{display: inline-block; transform: rotate(45deg)}";
    private const string Faded = @"\style{display: inline-block; opacity:0.5;}";
    private const string RotateFaded = @"\style{display: inline-block; transform: rotate(45deg); opacity:0.5;}";

    public static string Write(DiagramCell cell, CubeDiagramStyle style) =>
        style == CubeDiagramStyle.MathJax ? MathJax(cell) : Portable(cell);

    private static string MathJax(DiagramCell cell) => (cell.Kind, cell.Hidden) switch
    {
        (DiagramCellKind.Number, false) => cell.Value.ToString(),
        (DiagramCellKind.Number, true) => $@"\color{{red}}{{{cell.Value}}}",
        (DiagramCellKind.Horizontal, false) => "—",
        (DiagramCellKind.Horizontal, true) => Faded + @"{\color{red}{\cdots}}",
        (DiagramCellKind.Vertical, false) => "|",
        (DiagramCellKind.Vertical, true) => Faded + @"{\color{red}{\vdots}}",
        (DiagramCellKind.Depth, false) => Rotate + "{|}",
        (DiagramCellKind.Depth, true) => RotateFaded + @"{\color{red}{\vdots}}",
        _ => "",
    };

    private static string Portable(DiagramCell cell) => (cell.Kind, cell.Hidden) switch
    {
        (DiagramCellKind.Number, false) => cell.Value.ToString(),
        (DiagramCellKind.Number, true) => $@"\color{{red}}{{{cell.Value}}}",
        (DiagramCellKind.Horizontal, false) => @"\text{—}",
        (DiagramCellKind.Horizontal, true) => @"\color{gray}{\cdots}",
        (DiagramCellKind.Vertical, false) => "|",
        (DiagramCellKind.Vertical, true) => @"\color{gray}{\vdots}",
        (DiagramCellKind.Depth, false) => @"\diagup",
        (DiagramCellKind.Depth, true) => @"\color{gray}{\diagup}",
        _ => "",
    };
}
