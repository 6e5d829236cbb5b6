using Markdig.Syntax.Inlines;

namespace Blog.Markup.CrossReferences;

/// <summary>
/// A reference written <c>@thm-clt</c>, <c>[@thm-clt]</c>, <c>[-@thm-clt]</c> (number only), or into
/// another post, <c>@slug/thm-clt</c>. Resolved once every page is known (<see cref="ResolveReferences"/>);
/// until then it renders as a token (<see cref="ReferenceTokens"/>).
/// </summary>
public sealed class CrossReference : LeafInline, Text.IPlainText, Text.ISourceText
{
    /// <summary>The slug of the post it points into, or null for the same page.</summary>
    public string? Slug { get; init; }
    /// <summary>The id of the target, with its kind prefix: <c>thm-clt</c>, <c>eq-energy</c>, <c>fig-sine</c>.</summary>
    public required string Id { get; init; }
    /// <summary>True for <c>[-@id]</c>: the number without the kind's name.</summary>
    public bool SuppressName { get; init; }
    /// <summary>The reference's place among the page's references, set when the page is numbered.</summary>
    public int Index { get; set; } = -1;

    /// <summary>
    /// True for a reference that gets its words without a link: one in the front-matter title or summary,
    /// whose HTML is also shown on other pages (lists, the home page) and inside their links to the post.
    /// </summary>
    public bool WordsOnly { get; set; }

    /// <summary>As written, without brackets: <c>@slug/thm-x</c>.</summary>
    public string Written => "@" + (Slug is null ? "" : Slug + "/") + Id;

    /// <summary>As written, without brackets: <c>@thm-x</c>, <c>-@thm-x</c> (the number alone).</summary>
    public string SourceText => (SuppressName ? "-" : "") + Written;

    /// <summary>Its text ("定理 2") is known once every page is: the token is replaced then (<see cref="ResolveReferences"/>).</summary>
    public string PlainText => Index < 0 ? Written : ReferenceTokens.Of(Index);
}
