using Blog.MagicCube;

namespace Blog.Tests.MagicCube;

public class MagicCheckerTests
{
    private static readonly CheckReport Seed = MagicChecker.Check(SeedCube.Parse());

    [Fact]
    public void Seed_cube_is_not_magic()
    {
        Assert.False(Seed.IsMagic);
        Assert.Equal(42, Seed.MagicConstant);
        Assert.Equal(31, Seed.Lines.Count);
    }

    [Fact]
    public void Seed_cube_has_8_and_22_twice_and_misses_10_and_20()
    {
        Assert.Equal([8, 22], Seed.Duplicates);
        Assert.Equal([10, 20], Seed.Missing);
        Assert.Empty(Seed.OutOfRange);
        var eight = Seed.NumberProblems.Single(p => p.Value == 8);
        Assert.Equal([new CubePosition(1, 1, 0), new CubePosition(1, 2, 1)], eight.Positions);
    }

    [Theory]
    [InlineData(LineKind.Row, 0, 0, 43, 1)]
    [InlineData(LineKind.Row, 0, 1, 39, -3)]
    [InlineData(LineKind.Column, 0, 1, 6, -36)]
    [InlineData(LineKind.Pillar, 0, 1, 48, 6)]
    [InlineData(LineKind.SpaceDiagonal, 1, 0, 39, -3)]
    [InlineData(LineKind.SpaceDiagonal, 3, 0, 35, -7)]
    public void Seed_cube_failing_lines_carry_their_sums(LineKind kind, int a, int b, long sum, long difference)
    {
        var line = Seed.FailingLines.Single(l => l.Line.Kind == kind && l.Line.A == a && l.Line.B == b);
        Assert.Equal(sum, line.Sum);
        Assert.Equal(difference, line.Difference);
    }

    [Fact]
    public void Seed_cube_fails_exactly_these_lines()
    {
        Assert.Equal(25, Seed.FailingLines.Count());
        Assert.Equal(8, Seed.FailingLines.Count(l => l.Line.Kind == LineKind.Row));
        Assert.Equal(8, Seed.FailingLines.Count(l => l.Line.Kind == LineKind.Column));
        Assert.Equal(6, Seed.FailingLines.Count(l => l.Line.Kind == LineKind.Pillar));
        Assert.Equal(3, Seed.FailingLines.Count(l => l.Line.Kind == LineKind.SpaceDiagonal));
        Assert.DoesNotContain(Seed.FailingLines, l => l.Line is { Kind: LineKind.SpaceDiagonal, A: 0 });
    }

    [Fact]
    public void Report_is_in_chinese_and_names_lines_and_differences()
    {
        string text = Seed.ToString();
        Assert.Contains("不是幻立方（3 阶，幻和 42）", text);
        Assert.Contains("8 出现 2 次（第2层第2行第1列、第2层第3行第2列）", text);
        Assert.Contains("缺少的数：10、20", text);
        Assert.Contains("第1层第1行：24 + 1 + 18 = 43（多 1）", text);
        Assert.Contains("第1层第2列：1 + 3 + 2 = 6（少 36）", text);
        Assert.Contains("第1行第2列的前后柱：1 + 22 + 25 = 48（多 6）", text);
        Assert.Contains("空间对角线（前右下→后左上）：19 + 12 + 4 = 35（少 7）", text);
    }

    [Fact]
    public void Summary_is_one_sentence()
    {
        string summary = Seed.Summary();
        Assert.StartsWith("不是幻立方（3 阶，幻和 42）：8、22 重复；缺少 10、20；31 条线中有 25 条", summary);
        Assert.DoesNotContain("\n", summary);
    }

    [Fact]
    public void Out_of_range_numbers_are_reported()
    {
        var cube = Cube.Create(2, (l, r, c) => l * 4 + r * 2 + c + 1 == 8 ? 100 : l * 4 + r * 2 + c + 1);
        var report = MagicChecker.Check(cube);
        Assert.Equal([100], report.OutOfRange);
        Assert.Equal([8], report.Missing);
    }

    [Fact]
    public void Magic_cube_summary_says_so()
    {
        var report = MagicChecker.Check(Blog.MagicCube.Constructions.OddOrderConstruction.Build(3));
        Assert.True(report.IsMagic);
        Assert.Equal("这是 3 阶幻立方：1 到 27 各出现一次，27 条行、列、柱和 4 条空间对角线的和都是 42。", report.Summary());
    }
}
