using System.Text;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Markdown.Math;

/// <summary>Display math that starts a line: <c>$$…$$</c>, <c>\[…\]</c> or a bare AMS environment, over any number of lines.</summary>
public sealed class MathBlock(BlockParser parser) : LeafBlock(parser)
{
    public MathKind Kind { get; init; }
    /// <summary>What closes the block: "$$", "\]" or "\end{name}".</summary>
    public required string Closer { get; init; }
    public string Tex => Buffer.ToString();
    /// <summary>Text after the closing delimiter on the last line (rendered as a paragraph after the formula).</summary>
    public string Trailing { get; set; } = "";
    internal StringBuilder Buffer { get; } = new();
}
