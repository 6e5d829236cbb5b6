namespace Blog.Markup.ComputeBlocks;

public enum UnitKind { Block, Inline, Caption }

/// <summary>
/// One piece of code the page runs, in page order: a ```{csharp} block, an inline `{csharp} expr`,
/// or an inline expression in a block's caption. <see cref="Line"/> and <see cref="Column"/> are
/// where the code's first character sits in the Markdown file, so errors map back to it.
/// </summary>
public sealed record ComputeUnit(UnitKind Kind, int SpanStart, string Code, int Line, int Column, BlockOptions Options)
{
    /// <summary>For a caption expression: the block whose caption it is (its SpanStart).</summary>
    public int? OwnerSpan { get; init; }

    /// <summary>The text the caption expression replaces in the caption (the whole `{csharp} …` span).</summary>
    public string? CaptionSource { get; init; }
}

/// <summary>A figure or table label and the number it was given, in page order.</summary>
public sealed record LabelNumber(string Label, bool IsFigure, int Number)
{
    /// <summary>1-based line of the Markdown file where the labelled block's content starts.</summary>
    public int Line { get; init; } = 1;
}
