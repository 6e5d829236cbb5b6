namespace Blog.MagicCube.Rendering;

/// <summary>
/// Where an order-n cube lands in the array: an oblique projection. Within a layer the numbers
/// are <see cref="Spacing"/> cells apart; each layer further back sits <see cref="LayerShift"/>
/// rows higher and columns further right. Spacing is at least 2(n−1)+1, so every layer's offset
/// stays inside one gap and no layer's numbers or edges land on another's rows or columns (edges of
/// different layers only cross). For n = 3 this is the seed's 15×15 drawing.
/// </summary>
public sealed class CubeLayout
{
    public const int LayerShift = 2;

    public CubeLayout(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        N = n;
        Spacing = Math.Max(5, LayerShift * (n - 1) + 1);
        Size = (n - 1) * (Spacing + LayerShift) + 1;
    }

    public int N { get; }

    /// <summary>Cells between neighbouring numbers of one layer.</summary>
    public int Spacing { get; }

    /// <summary>Rows and columns of the array (it is square).</summary>
    public int Size { get; }

    /// <summary>The array cell (row, column) of a number.</summary>
    public (int Row, int Col) Place(CubePosition p) =>
        (p.Row * Spacing + (N - 1 - p.Layer) * LayerShift, p.Col * Spacing + p.Layer * LayerShift);

    /// <summary>A number is visible when it lies on the front, top or right face.</summary>
    public bool IsVisible(CubePosition p) => p.Layer == 0 || p.Row == 0 || p.Col == N - 1;
}
