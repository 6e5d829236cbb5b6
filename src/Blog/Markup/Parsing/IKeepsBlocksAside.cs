using Markdig.Syntax;

namespace Blog.Markup.Parsing;

/// <summary>
/// A block that keeps blocks it parsed beside its children rather than among them (a theorem's
/// <c>name="…"</c>, parsed as Markdown at its place in the file): walks over the tree, such as the
/// line shift of <see cref="InlineMarkdown.ShiftLines"/>, must still reach them.
/// </summary>
public interface IKeepsBlocksAside
{
    /// <summary>The blocks kept aside, each with its own descendants; empty when there are none.</summary>
    IEnumerable<Block> BlocksAside { get; }
}
