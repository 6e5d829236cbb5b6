namespace Blog.Markup.Diagrams;

/// <summary>
/// What the drawing stage (Typesetting/Diagrams) left on a ```tikz block for its renderer: the SVG,
/// inline or in a file beside the page, or the error shown in its place (<c>"tikz": {"errors": "warn"}</c>).
/// </summary>
/// <param name="Svg">The diagram (strokes and fills of the default colour as <c>currentColor</c>); null when it failed.</param>
/// <param name="FileName">The SVG's file beside the page (<c>tikz-….svg</c>): the feed's <c>&lt;img&gt;</c>, and the page's own when the diagram is too large to inline.</param>
/// <param name="Inline">Whether the page holds the SVG itself (false: an <c>&lt;img&gt;</c> of the file).</param>
/// <param name="Error">TeX's message, shown in an error box, when the diagram could not be drawn.</param>
public sealed record TikzDrawing(string? Svg, string FileName, bool Inline, string? Error = null)
{
    /// <summary>A drawing that failed, shown as <paramref name="error"/>.</summary>
    public static TikzDrawing Failed(string error) => new(null, "", false, error);
}
