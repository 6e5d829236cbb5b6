namespace Blog.Markup.CrossReferences;

/// <summary>
/// Something a reference can point at on a page: a theorem-like block, a section, an equation, a
/// figure or a table. <see cref="Number"/> is what it shows ("2", "1.3", "(4)"), null for an
/// unnumbered section (then <see cref="Text"/>, its heading, stands for it) or an unnumbered equation.
/// </summary>
/// <param name="Kind">The id prefix: <c>thm</c>, <c>sec</c>, <c>eq</c>, <c>fig</c>, …</param>
/// <param name="Fragment">The element id a link goes to (an equation's is MathJax's <c>mjx-eqn:…</c>).</param>
/// <param name="Line">Line in the Markdown file where it is defined.</param>
/// <param name="Name">The word before the number when not the theme's word for the kind: a compute figure's
/// caption word (<c>compute.figureWord</c>), so the caption and the references agree.</param>
public sealed record Anchor(string Id, string Kind, string? Number, string Fragment, int Line, string? Text = null, string? Name = null);

/// <summary>A reference as found on a page, waiting for the site's anchors.</summary>
/// <param name="Line">1-based line in the Markdown file.</param>
/// <param name="Column">1-based column.</param>
public sealed record PendingReference(int Index, string? Slug, string Id, bool SuppressName, int Line, int Column)
{
    public string Written => "@" + (Slug is null ? "" : Slug + "/") + Id;
}

/// <summary>What one page defines and refers to; kept on its document under <see cref="Key"/>.</summary>
public sealed record PageAnchors(IReadOnlyList<Anchor> Anchors, IReadOnlyList<PendingReference> References)
{
    public const string Key = "crossref.anchors";

    public static readonly PageAnchors Empty = new([], []);
}
