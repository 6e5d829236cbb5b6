namespace Blog.MagicCube;

/// <summary>
/// An immutable n×n×n cube of integers. <c>this[layer, row, col]</c>: layer 0 is the front layer,
/// row 0 the top row, col 0 the left column.
/// </summary>
public sealed class Cube
{
    private readonly int[] _cells;

    private Cube(int n, int[] cells)
    {
        N = n;
        _cells = cells;
    }

    /// <summary>The order n.</summary>
    public int N { get; }

    public int this[int layer, int row, int col] => _cells[Index(layer, row, col)];

    public int this[CubePosition p] => this[p.Layer, p.Row, p.Col];

    /// <summary>The magic constant of an order-n cube holding 1..n³: n(n³+1)/2.</summary>
    public long MagicConstant => MagicConstantOf(N);

    public static long MagicConstantOf(int n) => (long)n * ((long)n * n * n + 1) / 2;

    /// <summary>Builds a cube by calling <paramref name="value"/> for every (layer, row, col).</summary>
    public static Cube Create(int n, Func<int, int, int, int> value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var cells = new int[n * n * n];
        for (int l = 0; l < n; l++)
            for (int r = 0; r < n; r++)
                for (int c = 0; c < n; c++)
                    cells[(l * n + r) * n + c] = value(l, r, c);
        return new Cube(n, cells);
    }

    /// <summary>Builds a cube from nested arrays: layers front to back, rows top to bottom.</summary>
    public static Cube FromLayers(IReadOnlyList<IReadOnlyList<IReadOnlyList<int>>> layers)
    {
        int n = layers.Count;
        if (n == 0 || layers.Any(l => l.Count != n || l.Any(r => r.Count != n)))
            throw new ArgumentException("The layers do not form an n×n×n cube.", nameof(layers));
        return Create(n, (l, r, c) => layers[l][r][c]);
    }

    /// <summary>All positions, layer by layer, row by row.</summary>
    public IEnumerable<CubePosition> Positions()
    {
        for (int l = 0; l < N; l++)
            for (int r = 0; r < N; r++)
                for (int c = 0; c < N; c++)
                    yield return new CubePosition(l, r, c);
    }

    /// <summary>The numbers layer by layer, row by row.</summary>
    public IReadOnlyList<int> Values => Array.AsReadOnly(_cells);

    private int Index(int layer, int row, int col)
    {
        if ((uint)layer >= (uint)N || (uint)row >= (uint)N || (uint)col >= (uint)N)
            throw new IndexOutOfRangeException($"({layer}, {row}, {col}) is outside a cube of order {N}.");
        return (layer * N + row) * N + col;
    }
}
