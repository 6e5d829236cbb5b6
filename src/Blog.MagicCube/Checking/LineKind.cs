namespace Blog.MagicCube;

/// <summary>The kinds of line a magic cube's sums are taken along.</summary>
public enum LineKind
{
    /// <summary>Left to right, in one layer and row.</summary>
    Row,
    /// <summary>Top to bottom, in one layer and column.</summary>
    Column,
    /// <summary>Front to back, at one row and column.</summary>
    Pillar,
    /// <summary>Corner to opposite corner through the centre.</summary>
    SpaceDiagonal,
}
