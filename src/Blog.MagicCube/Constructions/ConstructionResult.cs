namespace Blog.MagicCube.Constructions;

/// <summary>Either a constructed cube or why none could be built.</summary>
public sealed record ConstructionResult(Cube? Cube, string? Error)
{
    public bool Success => Cube is not null;
}
