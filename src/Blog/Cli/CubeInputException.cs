using Blog.Diagnostics;

namespace Blog.Cli;

/// <summary>Several diagnostics at once: every mistake in a cube file is reported, not just the first.</summary>
public sealed class CubeInputException(IReadOnlyList<Diagnostic> diagnostics) : Exception(diagnostics[0].Message)
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
