namespace Blog.MagicCube;

/// <summary>A cell of a cube, zero-based: layer 0 = front, row 0 = top, col 0 = left.</summary>
public readonly record struct CubePosition(int Layer, int Row, int Col)
{
    /// <summary>The cell in Chinese with one-based numbers, e.g. 第2层第1行第3列.</summary>
    public string Describe() => $"第{Layer + 1}层第{Row + 1}行第{Col + 1}列";
}
