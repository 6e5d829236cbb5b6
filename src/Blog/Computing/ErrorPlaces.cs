using Blog.Diagnostics;
using Blog.Markup.ComputeBlocks;

namespace Blog.Computing;

/// <summary>
/// Turns a failure inside a unit's code into a diagnostic at the Markdown file's line and column,
/// with the offending line shown under it, as a compiler would.
/// </summary>
public sealed class ErrorPlaces(string file, IReadOnlyList<string> bodyLines, int bodyStartLine)
{
    public Diagnostic For(ComputeUnit unit, WorkerError error)
    {
        var (line, column) = Place(unit, error.Line, error.Column);
        return Diagnostic.Error(file, line, column, error.Message + Excerpt(line, column)) with { Code = error.Code };
    }

    public Diagnostic For(ComputeUnit unit, string message, string? hint = null)
        => Diagnostic.Error(file, unit.Line, unit.Column, message + Excerpt(unit.Line, unit.Column), hint);

    /// <summary>Line and column in the file of a 1-based position inside the unit's code (0 = unknown).</summary>
    public static (int Line, int Column) Place(ComputeUnit unit, int line, int column)
    {
        if (unit.Kind == UnitKind.Caption || line <= 0) return (unit.Line, unit.Column);
        // Code lines of a block start at the fence's column; an inline expression's first line at its own column.
        var start = line == 1 || unit.Kind == UnitKind.Block ? unit.Column : 1;
        return (unit.Line + line - 1, column > 0 ? start + column - 1 : start);
    }

    private string Excerpt(int line, int column)
    {
        var index = line - bodyStartLine;
        if (index < 0 || index >= bodyLines.Count) return "";
        var number = line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        return $"\n    {number} | {bodyLines[index]}\n    {gutter} | {new string(' ', System.Math.Max(column - 1, 0))}^";
    }
}
