using Blog.Diagnostics;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Markup.FencedDivs;

/// <summary>
/// A Pandoc fenced div, <c>::: {#thm-clt name="中心极限定理"}</c> … <c>:::</c>: a container of blocks
/// with attributes. Its <see cref="Kind"/> (theorem, proof, callout, or a plain div) follows from the
/// id prefix and classes, as in Quarto. An opening fence never closed runs to the end of the file
/// (as in Pandoc) and is a warning at that fence.
/// </summary>
public sealed class FencedDiv(BlockParser parser) : ContainerBlock(parser), Parsing.IKeepsBlocksAside, IReportsDiagnostics
{
    public required DivAttributes Attributes { get; init; }
    /// <summary>Colons of the opening fence (at least three).</summary>
    public int FenceLength { get; init; }
    public DivKind? Kind { get; set; }
    /// <summary>Its closing fence has been read.</summary>
    public bool Closed { get; set; }
    /// <summary>"2" or "1.3"; set by the page's numbering for numbered kinds.</summary>
    public string? Number { get; set; }
    /// <summary>
    /// The block's name as inline Markdown: a first <c>##</c> heading taken out of the body, else the
    /// <c>name</c>/<c>title</c> attribute parsed as a <see cref="DivNameBlock"/>; null when it has neither.
    /// </summary>
    public LeafBlock? NameBlock { get; set; }

    /// <inheritdoc/>
    public IEnumerable<Block> BlocksAside => NameBlock is { } name ? [name] : [];
    /// <summary>A warning at the opening fence (1-based line and column in the file) when no closing fence was read.</summary>
    public IEnumerable<Diagnostic> Diagnostics(string file) => Closed ? [] :
    [
        Diagnostic.Warning(file, Line + 1, Column + 1,
            $"the fenced div '{new string(':', FenceLength)}' opened here is never closed: everything after it to the end of the file is inside it",
            $"Add a line '{new string(':', FenceLength)}' where the block ends."),
    ];

    /// <summary>Numbered equations before this block on its page: where MathJax's counter starts when the block is typeset alone (a preview).</summary>
    public int EquationsBefore { get; set; }
}
