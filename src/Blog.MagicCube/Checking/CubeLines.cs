namespace Blog.MagicCube;

/// <summary>The 3n² rows, columns and pillars and the 4 space diagonals of an order-n cube.</summary>
public static class CubeLines
{
    public static IEnumerable<CubeLine> All(int n)
    {
        var span = Enumerable.Range(0, n).ToArray();
        var pairs = span.SelectMany(a => span.Select(b => (a, b))).ToArray();
        foreach (var (a, b) in pairs)
            yield return Line(LineKind.Row, a, b, span.Select(t => new CubePosition(a, b, t)));
        foreach (var (a, b) in pairs)
            yield return Line(LineKind.Column, a, b, span.Select(t => new CubePosition(a, t, b)));
        foreach (var (a, b) in pairs)
            yield return Line(LineKind.Pillar, a, b, span.Select(t => new CubePosition(t, a, b)));
        int m = n - 1;
        yield return Line(LineKind.SpaceDiagonal, 0, 0, span.Select(t => new CubePosition(t, t, t)));
        yield return Line(LineKind.SpaceDiagonal, 1, 0, span.Select(t => new CubePosition(t, t, m - t)));
        yield return Line(LineKind.SpaceDiagonal, 2, 0, span.Select(t => new CubePosition(t, m - t, t)));
        yield return Line(LineKind.SpaceDiagonal, 3, 0, span.Select(t => new CubePosition(t, m - t, m - t)));
    }

    private static CubeLine Line(LineKind kind, int a, int b, IEnumerable<CubePosition> cells) =>
        new(kind, a, b, cells.ToArray());
}
