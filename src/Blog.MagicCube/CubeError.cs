namespace Blog.MagicCube;

/// <summary>A mistake in cube text, at a one-based line and column of that text.</summary>
public sealed record CubeError(int Line, int Column, string Message)
{
    public override string ToString() => $"({Line},{Column}): {Message}";
}
