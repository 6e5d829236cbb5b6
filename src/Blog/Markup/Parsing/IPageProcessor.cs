using Markdig.Syntax;

namespace Blog.Markup.Parsing;

/// <summary>
/// A Markdown extension that works on a whole parsed page before it is rendered (numbering its
/// theorems and equations, …) and leaves what it found on the page's document for later stages.
/// Called by <c>ParseMarkdown</c> once the body is parsed (line numbers point into the Markdown file).
/// </summary>
public interface IPageProcessor
{
    /// <summary>Works on <paramref name="tree"/> of <paramref name="page"/>; may throw a DiagnosticException for a user mistake.</summary>
    void Process(MarkdownDocument tree, Pipelines.Document page);

    /// <summary>
    /// Works on the page's other trees (its front-matter title and summary, null when absent) once every
    /// processor has processed the body, e.g. numbering their references after the body's. Nothing by default.
    /// </summary>
    void ProcessOtherTrees(MarkdownDocument body, IReadOnlyList<Block?> others) { }

    /// <summary>Metadata for the page's document, from what <see cref="Process"/> left on the tree.</summary>
    IEnumerable<KeyValuePair<string, object?>> Metadata(MarkdownDocument tree);
}
