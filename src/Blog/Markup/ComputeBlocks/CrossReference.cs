using Markdig.Syntax.Inlines;

namespace Blog.Markup.ComputeBlocks;

/// <summary><c>@fig-x</c> or <c>@tbl-x</c> in the text: becomes a link "图 1" to the numbered figure or table.</summary>
public sealed class CrossReference : LeafInline
{
    public required string Label { get; init; }
}
