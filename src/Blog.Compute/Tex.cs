using System.Text;
using MathNet.Numerics.LinearAlgebra;

namespace Blog.Compute;

/// <summary>MathNet vectors and matrices as LaTeX <c>bmatrix</c>; long ones are elided with dots like a textbook would.</summary>
public static class Tex
{
    public static string Of(Matrix<double> m, string? format = null, int maxRows = 8, int maxColumns = 8)
    {
        var rows = Indices(m.RowCount, maxRows);
        var columns = Indices(m.ColumnCount, maxColumns);
        var tex = new StringBuilder("\\begin{bmatrix}\n");
        foreach (var i in rows)
        {
            var cells = columns.Select(j => i < 0 ? (j < 0 ? "\\ddots" : "\\vdots") : j < 0 ? "\\cdots" : Cell(m[i, j], format));
            tex.Append(string.Join(" & ", cells)).Append(" \\\\\n");
        }
        return tex.Append("\\end{bmatrix}").ToString();
    }

    /// <summary>A vector is written as a column, the way articles write it.</summary>
    public static string Of(Vector<double> v, string? format = null, int maxRows = 8) => Of(v.ToColumnMatrix(), format, maxRows);

    private static string Cell(double x, string? format) => format is null ? Format.Number(x) : Format.Value(x, format);

    /// <summary>All indices, or the first and last few with -1 standing for the elided middle.</summary>
    private static IReadOnlyList<int> Indices(int count, int max)
    {
        if (count <= max) return Enumerable.Range(0, count).ToList();
        var head = max / 2;
        return [.. Enumerable.Range(0, head), -1, .. Enumerable.Range(count - (max - head - 1), max - head - 1)];
    }
}
