using System.Text.RegularExpressions;

namespace Blog.Tests.MagicCube;

/// <summary>
/// A LaTeX array as a grid of normalised cells: rows split on \\, cells on &amp;, white space and
/// \require{HTML} removed, trailing empty cells and rows dropped.
/// </summary>
public static partial class ArrayGrid
{
    public static List<List<string>> Parse(string latex)
    {
        int begin = latex.IndexOf(@"\begin{array}", StringComparison.Ordinal);
        int end = latex.IndexOf(@"\end{array}", StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, "no array in the text");
        string body = latex[(begin + @"\begin{array}".Length)..end];
        body = ColumnSpec().Replace(body, "", 1);
        var rows = body.Split(@"\\").Select(row => row.Split('&').Select(Normalise).ToList()).ToList();
        foreach (var row in rows)
            while (row.Count > 0 && row[^1].Length == 0) row.RemoveAt(row.Count - 1);
        while (rows.Count > 0 && rows[^1].Count == 0) rows.RemoveAt(rows.Count - 1);
        return rows;
    }

    public static string Normalise(string cell) =>
        WhiteSpace().Replace(cell.Replace(@"\require{HTML}", ""), "");

    [GeneratedRegex(@"^\s*\{[lcr|]*\}")]
    private static partial Regex ColumnSpec();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
