using Blog.Diagnostics;
using Markdig.Syntax;

namespace Blog.Markup.Diagrams;

/// <summary>
/// After parsing, replaces every fenced code block with info <c>tikz</c> (Markdig read it as code) by a
/// <see cref="TikzBlock"/> holding its options and TeX, as Markup/CubeBlocks does for magic cubes.
/// </summary>
public static class TikzBlocks
{
    public const string Info = "tikz";

    public static void Replace(MarkdownDocument document)
    {
        foreach (var fence in document.Descendants<FencedCodeBlock>().Where(f => string.Equals(f.Info, Info, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            var parent = fence.Parent!;
            var index = parent.IndexOf(fence);
            parent.RemoveAt(index);
            parent.Insert(index, Read(fence));
        }
    }

    private static TikzBlock Read(FencedCodeBlock fence)
    {
        var lines = fence.Lines.Lines.Take(fence.Lines.Count).Select(l => l.Slice.ToString()).ToList();
        var errors = new List<Diagnostic>();
        // Neither the file nor the lines' final place is known while parsing: lines relative to the fence
        // (the page's lines are shifted after parsing), the file empty; TikzBlock places them.
        var options = TikzOptions.Parse(lines, "", 1, fence.Column + 1, errors);
        return new TikzBlock
        {
            Line = fence.Line, Column = fence.Column, Span = fence.Span,
            Options = options, Tex = string.Join('\n', lines.Skip(options.LineCount)),
            Errors = errors,
        };
    }
}
