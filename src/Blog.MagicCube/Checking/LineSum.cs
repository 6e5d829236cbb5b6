namespace Blog.MagicCube;

/// <summary>A line's numbers and their sum; <see cref="Difference"/> is sum minus magic constant.</summary>
public sealed record LineSum(CubeLine Line, IReadOnlyList<int> Values, long Sum, long Difference)
{
    public bool Ok => Difference == 0;

    /// <summary>E.g. 第1层第1行：24 + 1 + 18 = 43（多 1）.</summary>
    public string Describe() =>
        $"{Line.Describe()}：{string.Join(" + ", Values)} = {Sum}（{DifferenceText()}）";

    /// <summary>多 1, 少 3 or 正好.</summary>
    public string DifferenceText() => Difference switch
    {
        > 0 => $"多 {Difference}",
        < 0 => $"少 {-Difference}",
        _ => "正好",
    };
}
