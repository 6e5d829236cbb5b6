namespace Blog.MagicCube;

/// <summary>
/// Checks a cube against the definition of a magic cube: the numbers 1..n³ each once, and every
/// row, column and pillar (3n² lines) and the 4 space diagonals summing to n(n³+1)/2.
/// </summary>
public static class MagicChecker
{
    public static CheckReport Check(Cube cube)
    {
        long magic = cube.MagicConstant;
        var sums = CubeLines.All(cube.N).Select(line =>
        {
            var values = line.Cells.Select(p => cube[p]).ToArray();
            long sum = values.Sum(v => (long)v);
            return new LineSum(line, values, sum, sum - magic);
        }).ToArray();
        return new CheckReport(cube.N, magic, sums, NumberProblems(cube));
    }

    private static List<NumberProblem> NumberProblems(Cube cube)
    {
        long max = (long)cube.N * cube.N * cube.N;
        var byValue = cube.Positions().GroupBy(p => cube[p]).ToDictionary(g => g.Key, g => g.ToArray());
        var problems = new List<NumberProblem>();
        foreach (var (value, places) in byValue.OrderBy(kv => kv.Key))
        {
            if (value < 1 || value > max) problems.Add(new(NumberProblemKind.OutOfRange, value, places));
            else if (places.Length > 1) problems.Add(new(NumberProblemKind.Duplicate, value, places));
        }
        for (int v = 1; v <= max; v++)
            if (!byValue.ContainsKey(v)) problems.Add(new(NumberProblemKind.Missing, v, []));
        return problems;
    }
}
