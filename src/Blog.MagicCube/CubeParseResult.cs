namespace Blog.MagicCube;

/// <summary>Either a cube or the errors that kept the text from being one.</summary>
public sealed record CubeParseResult(Cube? Cube, IReadOnlyList<CubeError> Errors)
{
    public bool Success => Cube is not null;

    public static CubeParseResult Ok(Cube cube) => new(cube, []);

    public static CubeParseResult Fail(IReadOnlyList<CubeError> errors) => new(null, errors);
}
