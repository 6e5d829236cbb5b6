using Markdig.Syntax;

namespace Blog.Markup;

/// <summary>
/// The one parsed model of a post or page: its Markdown body and the front-matter fields that hold
/// Markdown (<c>title</c>, <c>summary</c>, parsed with the same pipeline, as inline Markdown), each a
/// Markdig syntax tree whose line numbers point into the source file. Made once by
/// <see cref="ParseMarkdown"/>; later stages attach what they find to the nodes (Markdig's
/// <c>SetData</c>) or to the document's metadata, and every derived form (HTML, plain text,
/// excerpt, heading ids, formulas to typeset) is made from these trees, never from rendered HTML.
/// </summary>
/// <param name="Body">The body's syntax tree.</param>
/// <param name="Title">The title's inlines (a paragraph), or null for an empty title.</param>
/// <param name="Summary">The front-matter summary's inlines (a paragraph), or null when there is none.</param>
public sealed record PostSyntax(MarkdownDocument Body, ParagraphBlock? Title, ParagraphBlock? Summary)
{
    /// <summary>The body's first top-level paragraph: the excerpt when the front matter has no summary.</summary>
    public ParagraphBlock? FirstParagraph => Body.OfType<ParagraphBlock>().FirstOrDefault();
}
