using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Markup.FencedDivs;

/// <summary>
/// The Markdown of a block's <c>name="…"</c> (or a callout's <c>title="…"</c>), at its place in the file,
/// so Markdig parses its inlines (math, emphasis, references) as it does a first heading's. It is a
/// child of its <see cref="FencedDiv"/> only while the document is parsed: <see cref="FencedDivExtension"/>
/// then moves it to <see cref="FencedDiv.NameBlock"/>, where the renderer writes it as the block's name.
/// </summary>
public sealed class DivNameBlock(BlockParser? parser) : LeafBlock(parser)
{
    /// <summary>The attribute the text comes from: <c>name</c> or <c>title</c>.</summary>
    public required string Attribute { get; init; }
}
