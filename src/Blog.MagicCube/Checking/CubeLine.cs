namespace Blog.MagicCube;

/// <summary>
/// One line of n cells. For rows <see cref="A"/> is the layer and <see cref="B"/> the row; for
/// columns the layer and column; for pillars the row and column; for space diagonals A is 0..3
/// and B is unused. All zero-based.
/// </summary>
public sealed record CubeLine(LineKind Kind, int A, int B, IReadOnlyList<CubePosition> Cells)
{
    private static readonly string[] DiagonalNames =
    [
        "空间对角线（前左上→后右下）",
        "空间对角线（前右上→后左下）",
        "空间对角线（前左下→后右上）",
        "空间对角线（前右下→后左上）",
    ];

    /// <summary>The line in Chinese with one-based numbers, e.g. 第1层第2行.</summary>
    public string Describe() => Kind switch
    {
        LineKind.Row => $"第{A + 1}层第{B + 1}行",
        LineKind.Column => $"第{A + 1}层第{B + 1}列",
        LineKind.Pillar => $"第{A + 1}行第{B + 1}列的前后柱",
        _ => DiagonalNames[A],
    };

    /// <summary>A short English key, e.g. "row", for JSON and programs.</summary>
    public string KindKey => Kind switch
    {
        LineKind.Row => "row",
        LineKind.Column => "column",
        LineKind.Pillar => "pillar",
        _ => "spaceDiagonal",
    };
}
