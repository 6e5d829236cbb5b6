using System.Text;

namespace Blog.MagicCube.Rendering;

/// <summary>
/// Draws a cube as a LaTeX <c>array</c> in oblique projection, like the seed's hand-drawn 3×3×3
/// cube: visible numbers and edges in black, hidden numbers in red, hidden edges faded.
/// The result is the body of display math (no <c>$$</c>).
/// </summary>
/// <remarks>
/// The seed writes <c>\require{HTML}</c> in every cell, MathJax 2's name for the extension. MathJax 3
/// and 4 call it <c>html</c> and fail on the old name ("Extension "HTML" failed to load"), so the
/// mathjax style loads it once, by its current name, before the array.
/// </remarks>
public static class LatexCubeRenderer
{
    /// <summary>The largest order drawn; the array has about (2n²)² cells.</summary>
    public const int MaxOrder = 16;

    /// <summary>Loads MathJax's html extension (for <c>\style</c>).</summary>
    public const string RequireHtml = @"\require{html}";

    public static string Render(Cube cube, CubeDiagramStyle style = CubeDiagramStyle.MathJax)
    {
        if (cube.N > MaxOrder)
            throw new ArgumentOutOfRangeException(nameof(cube), cube.N, $"Cubes larger than {MaxOrder} are not drawn.");
        var layout = new CubeLayout(cube.N);
        var grid = DiagramGrid.Build(cube, layout);
        var text = new StringBuilder();
        if (style == CubeDiagramStyle.MathJax) text.Append(RequireHtml).Append('\n');
        text.Append(@"\begin{array}{").Append('c', layout.Size).Append("}\n");
        for (int r = 0; r < layout.Size; r++)
        {
            var cells = Enumerable.Range(0, layout.Size).Select(c => LatexCells.Write(grid[r, c], style)).ToList();
            while (cells.Count > 0 && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
            text.Append(string.Join(" & ", cells));
            text.Append(r < layout.Size - 1 ? " \\\\\n" : "\n");
        }
        return text.Append(@"\end{array}").ToString();
    }
}
