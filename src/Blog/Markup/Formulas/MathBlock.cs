using System.Text;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Markup.Formulas;

/// <summary>
/// Display math that starts a line: <c>$$…$$</c>, <c>\[…\]</c> or a bare AMS environment, over any number of lines.
/// Text after the closing delimiter on the last line is kept in <see cref="LeafBlock.Lines"/>, so
/// Markdig parses it as inlines, and it is rendered as a paragraph after the formula.</summary>
public sealed class MathBlock : LeafBlock
{
    public MathBlock(BlockParser parser) : base(parser) => ProcessInlines = false;

    public MathKind Kind { get; init; }
    /// <summary>What closes the block: "$$", "\]" or "\end{name}".</summary>
    public required string Closer { get; init; }
    public string Tex => Buffer.ToString();
    /// <summary>The paragraph this formula interrupted (its text ran on up to the formula's first line), if any.</summary>
    public ParagraphBlock? Interrupted { get; set; }
    /// <summary>0-based line of the closing delimiter; -1 while open.</summary>
    public int EndLine { get; set; } = -1;
    internal StringBuilder Buffer { get; } = new();
}
