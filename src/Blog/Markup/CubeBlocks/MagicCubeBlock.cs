using Blog.Diagnostics;
using Blog.MagicCube;
using Blog.MagicCube.Rendering;
using Markdig.Syntax;

namespace Blog.Markup.CubeBlocks;

/// <summary>
/// A <c>```magic-cube</c> fenced block, read: the cube (or why there is none) and the style.
/// <see cref="Markdig.Syntax.MarkdownObject.Line"/> is the fence's line; body line k is the file line Line + 1 + k.
/// </summary>
public sealed class MagicCubeBlock : LeafBlock, IReportsDiagnostics
{
    public MagicCubeBlock() : base(null) { }

    public Cube? Cube { get; init; }
    public CubeDiagramStyle Style { get; init; }
    /// <summary>The body as written, shown in place of the diagram when it has errors.</summary>
    public string Source { get; init; } = "";
    /// <summary>Mistakes with lines relative to the body (line 0: the fence itself).</summary>
    public IReadOnlyList<CubeError> Errors { get; init; } = [];

    public IEnumerable<Diagnostic> Diagnostics(string file) => Errors.Select(e =>
        Diagnostic.Error(file, Line + 1 + e.Line, e.Column, $"magic-cube: {e.Message}",
            e.Line == 0 ? null : "the body is a cube (layers front to back, separated by a blank line) or one line 'construct: N'"));
}
