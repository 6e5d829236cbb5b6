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

    public MathKind Kind { get; internal set; }
    /// <summary>What closes the block: "$$", "\]" or "\end{name}".</summary>
    public required string Closer { get; init; }
    /// <summary>
    /// The TeX MathJax reads: as written, or, for Quarto's labelled display math (<c>$$ … $$ {#eq-id}</c>),
    /// wrapped in <c>\begin{equation}…\label{eq-id}\end{equation}</c> so that it takes a number in both math
    /// modes and <c>@eq-id</c> refers to it like any <c>\label</c>.
    /// </summary>
    public string Tex => Label is null ? Buffer.ToString() : $"\\begin{{equation}}{Buffer}\\label{{{Label}}}\\end{{equation}}";
    /// <summary>Quarto's equation label written after the closing <c>$$</c> (<c>{#eq-id}</c>), or null.</summary>
    public string? Label { get; private set; }

    /// <summary>Makes this display formula a numbered equation with <paramref name="label"/> (<see cref="Tex"/>).</summary>
    internal void SetLabel(string label)
    {
        Label = label;
        Kind = MathKind.Environment;
    }
    /// <summary>The paragraph this formula interrupted (its text ran on up to the formula's first line), if any.</summary>
    public ParagraphBlock? Interrupted { get; set; }
    /// <summary>0-based line of the closing delimiter; -1 while open.</summary>
    public int EndLine { get; set; } = -1;
    internal StringBuilder Buffer { get; } = new();
}
