using Blog.MagicCube;
using Blog.MagicCube.Rendering;
using Markdig.Syntax;

namespace Blog.Markup.CubeBlocks;

/// <summary>
/// After parsing, replaces every fenced code block with info <c>magic-cube</c> (Markdig parsed it
/// as code) by a <see cref="MagicCubeBlock"/> holding the cube read from its body. The fence's
/// arguments may name the style: <c>```magic-cube portable</c>.
/// </summary>
public static class MagicCubeBlocks
{
    public const string Info = "magic-cube";

    public static void Replace(MarkdownDocument document)
    {
        foreach (var fence in document.Descendants<FencedCodeBlock>().Where(IsMagicCube).ToList())
        {
            var parent = fence.Parent!;
            int index = parent.IndexOf(fence);
            parent.RemoveAt(index);
            parent.Insert(index, Read(fence));
        }
    }

    private static bool IsMagicCube(FencedCodeBlock fence) =>
        string.Equals(fence.Info, Info, StringComparison.OrdinalIgnoreCase);

    private static MagicCubeBlock Read(FencedCodeBlock fence)
    {
        var lines = fence.Lines.Lines.Take(fence.Lines.Count).ToArray();
        string body = string.Join('\n', lines.Select(l => l.Slice.ToString()));
        var errors = new List<CubeError>();
        var style = ReadStyle(fence.Arguments, errors);
        var result = MagicCubeSource.Read(body);
        errors.AddRange(result.Errors.Select(e => e with { Column = e.Column + Indent(lines, e.Line) }));
        return new MagicCubeBlock
        {
            Line = fence.Line, Column = fence.Column, Span = fence.Span,
            Cube = errors.Count == 0 ? result.Cube : null, Style = style, Source = body, Errors = errors,
        };
    }

    private static CubeDiagramStyle ReadStyle(string? arguments, List<CubeError> errors)
    {
        switch (arguments?.Trim().ToLowerInvariant())
        {
            case null or "" or "mathjax": return CubeDiagramStyle.MathJax;
            case "portable": return CubeDiagramStyle.Portable;
            default:
                errors.Add(new CubeError(0, 1, $"unknown style '{arguments!.Trim()}' after ```magic-cube: use mathjax or portable"));
                return CubeDiagramStyle.MathJax;
        }
    }

    /// <summary>Columns Markdig took off a body line (the fence's indentation), so errors point into the file.</summary>
    private static int Indent(Markdig.Helpers.StringLine[] lines, int bodyLine) =>
        bodyLine >= 1 && bodyLine <= lines.Length ? lines[bodyLine - 1].Column : 0;
}
