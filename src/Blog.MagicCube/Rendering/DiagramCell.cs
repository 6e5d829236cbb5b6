namespace Blog.MagicCube.Rendering;

/// <summary>What a cell of the drawing shows.</summary>
public enum DiagramCellKind
{
    Empty,
    Number,
    /// <summary>Part of an edge running left to right.</summary>
    Horizontal,
    /// <summary>Part of an edge running top to bottom.</summary>
    Vertical,
    /// <summary>Part of an edge running from front to back (drawn at 45°).</summary>
    Depth,
}

/// <summary>
/// One cell of the drawing. <see cref="Hidden"/> parts lie behind the visible faces (front, top,
/// right); <see cref="Layer"/> is the layer the part belongs to (for a receding edge, its front
/// end), used to decide which hidden edge gives way where two cross.
/// </summary>
public readonly record struct DiagramCell(DiagramCellKind Kind, bool Hidden, int Layer, int Value = 0)
{
    public static readonly DiagramCell Empty = new(DiagramCellKind.Empty, false, 0);

    /// <summary>True when this cell should be drawn instead of <paramref name="other"/> where both
    /// fall on the same place: numbers first, then visible edges, then the nearer hidden edge.</summary>
    public bool Covers(DiagramCell other) => Rank().CompareTo(other.Rank()) < 0;

    private (int, int) Rank() => Kind switch
    {
        DiagramCellKind.Empty => (3, 0),
        DiagramCellKind.Number => (0, 0),
        _ => Hidden ? (2, Layer) : (1, 0),
    };
}
