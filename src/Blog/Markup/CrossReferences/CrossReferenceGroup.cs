using Markdig.Syntax.Inlines;

namespace Blog.Markup.CrossReferences;

/// <summary>
/// Several references in one bracket, <c>[@thm-a; @thm-b; -@eq-c]</c> (Pandoc's citation grouping,
/// as Quarto reads it for cross-references): the brackets and semicolons are not shown; its children
/// are the <see cref="CrossReference"/>s with the string table's list separators between them as
/// literals ("定理 1、定理 2 和式 (3)", "Theorem 1, Theorem 2 and Equation (3)").
/// </summary>
public sealed class CrossReferenceGroup : ContainerInline, Text.ISourceText
{
    /// <summary>The group as written, its parts joined by "; " (the spacing written is not kept): <c>[@thm-a; -@eq-b]</c>.</summary>
    public string SourceText => "[" + string.Join("; ", References.Select(r => r.SourceText)) + "]";

    /// <summary>The references in the order written.</summary>
    public IEnumerable<CrossReference> References => this.OfType<CrossReference>();
}
