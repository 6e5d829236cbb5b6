using System.Text;

namespace Blog.MagicCube;

/// <summary>What <see cref="MagicChecker"/> found: every line's sum and every number problem.</summary>
public sealed record CheckReport(
    int N, long MagicConstant, IReadOnlyList<LineSum> Lines, IReadOnlyList<NumberProblem> NumberProblems)
{
    public IEnumerable<LineSum> FailingLines => Lines.Where(l => !l.Ok);

    public IEnumerable<int> Duplicates => ValuesOf(NumberProblemKind.Duplicate);

    public IEnumerable<int> Missing => ValuesOf(NumberProblemKind.Missing);

    public IEnumerable<int> OutOfRange => ValuesOf(NumberProblemKind.OutOfRange);

    public bool IsMagic => NumberProblems.Count == 0 && Lines.All(l => l.Ok);

    /// <summary>One sentence in Chinese, for a verdict under a diagram.</summary>
    public string Summary()
    {
        if (IsMagic)
            return $"这是 {N} 阶幻立方：1 到 {(long)N * N * N} 各出现一次，{Lines.Count - 4} 条行、列、柱和 4 条空间对角线的和都是 {MagicConstant}。";
        var parts = new List<string>();
        if (Duplicates.Any()) parts.Add($"{string.Join("、", Duplicates)} 重复");
        if (Missing.Any()) parts.Add($"缺少 {string.Join("、", Missing)}");
        if (OutOfRange.Any()) parts.Add($"{string.Join("、", OutOfRange)} 不在 1 到 {(long)N * N * N} 之内");
        var failing = FailingLines.ToArray();
        if (failing.Length > 0)
            parts.Add($"{Lines.Count} 条线中有 {failing.Length} 条的和不是 {MagicConstant}：" +
                      string.Join("、", failing.Select(l => $"{l.Line.Describe()}（{l.Sum}，{l.DifferenceText()}）")));
        return $"不是幻立方（{N} 阶，幻和 {MagicConstant}）：{string.Join("；", parts)}。";
    }

    /// <summary>The full report in Chinese, one problem per line.</summary>
    public override string ToString()
    {
        if (IsMagic) return Summary();
        var text = new StringBuilder($"不是幻立方（{N} 阶，幻和 {MagicConstant}）。\n");
        foreach (var problem in NumberProblems.Where(p => p.Kind != NumberProblemKind.Missing))
            text.Append("  ").Append(problem.Describe()).Append('\n');
        if (Missing.Any()) text.Append($"  缺少的数：{string.Join("、", Missing)}\n");
        var failing = FailingLines.ToArray();
        if (failing.Length > 0)
        {
            text.Append($"{Lines.Count} 条线中有 {failing.Length} 条的和不是 {MagicConstant}：\n");
            foreach (var line in failing) text.Append("  ").Append(line.Describe()).Append('\n');
        }
        return text.ToString();
    }

    private IEnumerable<int> ValuesOf(NumberProblemKind kind) =>
        NumberProblems.Where(p => p.Kind == kind).Select(p => p.Value);
}
