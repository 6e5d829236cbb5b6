using Blog.MagicCube;

namespace Blog.Markup.CubeBlocks;

/// <summary>
/// The checker's verdict under a magic cube in the words of the site's string table (<c>cube.*</c>),
/// so an English site says "A magic cube of order 3 …" where a Chinese one says "这是 3 阶幻立方 …".
/// The zh-CN table gives the same text as <see cref="CheckReport.Summary"/>.
/// </summary>
public sealed class CubeVerdict(ThemeStrings strings)
{
    /// <summary>The verdict of <paramref name="report"/>: what is wrong, or that the cube is magic.</summary>
    public string Of(CheckReport report)
    {
        var max = (long)report.N * report.N * report.N;
        if (report.IsMagic)
            return strings.Text("cube.magic", [("n", report.N), ("max", max), ("lines", report.Lines.Count - 4), ("constant", report.MagicConstant)]);
        var separator = strings.Text("cube.separator");
        string Values(IEnumerable<int> values) => string.Join(separator, values);
        var parts = new List<string>();
        if (report.Duplicates.Any()) parts.Add(strings.Text("cube.duplicates", [("values", Values(report.Duplicates))]));
        if (report.Missing.Any()) parts.Add(strings.Text("cube.missing", [("values", Values(report.Missing))]));
        if (report.OutOfRange.Any()) parts.Add(strings.Text("cube.out_of_range", [("values", Values(report.OutOfRange)), ("max", max)]));
        var failing = report.FailingLines.ToList();
        if (failing.Count > 0)
            parts.Add(strings.Text("cube.failing_lines", [("lines", report.Lines.Count), ("failing", failing.Count), ("constant", report.MagicConstant),
                ("list", string.Join(separator, failing.Select(l => strings.Text("cube.failing_line", [("line", Line(l.Line)), ("sum", l.Sum), ("difference", Difference(l.Difference))]))))]));
        return strings.Text("cube.not_magic", [("n", report.N), ("constant", report.MagicConstant), ("details", string.Join(strings.Text("cube.part_separator"), parts))]);
    }

    /// <summary>"第1层第2行", "row 2 of layer 1"; numbers are one-based.</summary>
    private string Line(CubeLine line) => line.Kind switch
    {
        LineKind.Row => strings.Text("cube.row", [("layer", line.A + 1), ("row", line.B + 1)]),
        LineKind.Column => strings.Text("cube.column", [("layer", line.A + 1), ("column", line.B + 1)]),
        LineKind.Pillar => strings.Text("cube.pillar", [("row", line.A + 1), ("column", line.B + 1)]),
        _ => strings.Text("cube.diagonal_" + (line.A + 1)),
    };

    private string Difference(long difference) => difference switch
    {
        > 0 => strings.Text("cube.more", [("d", difference)]),
        < 0 => strings.Text("cube.less", [("d", -difference)]),
        _ => strings.Text("cube.exact"),
    };
}
