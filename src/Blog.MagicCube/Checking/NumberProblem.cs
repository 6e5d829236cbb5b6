namespace Blog.MagicCube;

/// <summary>What can be wrong with the set of numbers in a cube.</summary>
public enum NumberProblemKind
{
    /// <summary>A number of 1..n³ appears more than once.</summary>
    Duplicate,
    /// <summary>A number of 1..n³ does not appear.</summary>
    Missing,
    /// <summary>A number outside 1..n³ appears.</summary>
    OutOfRange,
}

/// <summary>A number that is duplicated, missing or out of range, and where it stands (if anywhere).</summary>
public sealed record NumberProblem(NumberProblemKind Kind, int Value, IReadOnlyList<CubePosition> Positions)
{
    public string KindKey => Kind switch
    {
        NumberProblemKind.Duplicate => "duplicate",
        NumberProblemKind.Missing => "missing",
        _ => "outOfRange",
    };

    /// <summary>E.g. 8 出现 2 次（第2层第2行第1列、第2层第3行第2列）.</summary>
    public string Describe() => Kind switch
    {
        NumberProblemKind.Missing => $"缺少 {Value}",
        NumberProblemKind.Duplicate => $"{Value} 出现 {Positions.Count} 次（{Places()}）",
        _ => $"{Value} 不在 1 到 n³ 之内（{Places()}）",
    };

    private string Places() => string.Join("、", Positions.Select(p => p.Describe()));
}
