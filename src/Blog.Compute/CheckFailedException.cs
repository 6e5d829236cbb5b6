namespace Blog.Compute;

/// <summary>A claim of the article that the computation does not back: fails the build at <see cref="Line"/> of the block.</summary>
public sealed class CheckFailedException(string message, int line) : Exception(message)
{
    /// <summary>Line of the <c>Check</c> call inside the block's code (1-based).</summary>
    public int Line { get; } = line;
}
