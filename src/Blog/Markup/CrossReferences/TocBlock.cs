using Markdig.Syntax;

namespace Blog.Markup.CrossReferences;

/// <summary>A post's table of contents, put at the top of its body when <c>toc</c> is on; lists the headings it was made from.</summary>
public sealed class TocBlock() : LeafBlock(null)
{
    public required IReadOnlyList<HeadingBlock> Headings { get; init; }
}
