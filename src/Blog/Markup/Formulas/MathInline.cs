using Markdig.Syntax.Inlines;

namespace Blog.Markup.Formulas;

/// <summary>A formula inside running text: <c>$…$</c>, <c>\(…\)</c>, or display math written inline (<c>$$…$$</c>, <c>\[…\]</c>, <c>\begin{env}…</c>).</summary>
public sealed class MathInline : LeafInline
{
    /// <summary>The TeX exactly as written between the delimiters (for environments: including <c>\begin</c>/<c>\end</c>).</summary>
    public required string Tex { get; init; }
    public required MathKind Kind { get; init; }
}

public enum MathKind
{
    /// <summary><c>$…$</c> or <c>\(…\)</c>.</summary>
    Inline,
    /// <summary><c>$$…$$</c> or <c>\[…\]</c>.</summary>
    Display,
    /// <summary>A bare AMS environment, typeset as display math without extra delimiters.</summary>
    Environment,
}
