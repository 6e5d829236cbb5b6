using System.Globalization;
using System.Xml.Linq;
using SkiaSharp;

namespace Blog.Compute;

/// <summary>
/// Repairs the text of the SVG that ScottPlot 5 draws through Skia's SVG canvas, so a browser shows
/// each label where ScottPlot meant it and with every character the author wrote.
/// <list type="bullet">
/// <item><b>Baseline.</b> ScottPlot places a label's baseline at the bottom of its line box minus
/// <see cref="SKFontMetrics.Bottom"/>, the lowest point of <em>any</em> glyph of the font, instead of
/// minus the font's descent. For Latin fonts the two are close; for Noto Sans CJK the bottom is
/// 1.05 em and the descent 0.29 em, so every label (tick labels, legend entries, titles) sat about
/// 0.76 em (9 px at 12 px) too high: tick labels above their grid lines, the first legend entry
/// clipped by the legend's frame. Each text's <c>y</c> is moved down by (bottom − descent) × its
/// font size, in the text's own (possibly rotated) coordinates.</item>
/// <item><b>Missing characters.</b> Skia writes a text by mapping its glyphs back to characters, so a
/// character the font lacks (the CJK font has no ₁₀) is left out: <c>log₁₀ τ</c> came out as
/// <c>log τ</c>. A text that is a label with such characters left out gets the label back, placed
/// from its first glyph's position, and the browser draws it with the font-family fallback chain.</item>
/// <item><b>Lists.</b> Skia ends its <c>x</c>/<c>y</c> lists with ", "; they are written without it.</item>
/// <item><b>Scaling.</b> The SVG gets a <c>viewBox</c>, so a column narrower than the figure scales it instead of cutting it.</item>
/// </list>
/// </summary>
internal static class SvgText
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <param name="svg">The SVG as ScottPlot's <c>GetSvgXml</c> returns it.</param>
    /// <param name="typeface">The typeface ScottPlot drew with (its metrics and its character map).</param>
    /// <param name="labels">Every text of the plot as its author wrote it (axis and tick labels, title, legend, annotations).</param>
    public static string Repair(string svg, SKTypeface typeface, IEnumerable<string> labels)
    {
        var document = XDocument.Parse(svg, LoadOptions.PreserveWhitespace);
        using var font = new SKFont(typeface, 1);
        var drop = font.Metrics.Bottom - font.Metrics.Descent; // in em
        // What Skia writes for each label that has characters the typeface lacks, with blanks removed.
        var written = new Dictionary<string, string>();
        foreach (var label in labels.Distinct())
        {
            var kept = string.Concat(label.EnumerateRunes().Where(r => typeface.ContainsGlyph(r.Value)).Select(r => r.ToString()));
            if (kept != label) written.TryAdd(WithoutBlanks(kept), label);
        }
        foreach (var text in document.Descendants(Svg + "text"))
        {
            var size = Number(text.Attribute("font-size")?.Value) ?? 12;
            var xs = Numbers(text.Attribute("x")?.Value);
            var ys = Numbers(text.Attribute("y")?.Value);
            var content = text.Value.Trim();
            if (WithoutBlanks(content) is { Length: > 0 } seen && written.TryGetValue(seen, out var label))
            {
                content = label;
                xs = xs.Take(1).ToList(); // the glyph positions were for the text without the missing characters
            }
            text.Value = content;
            if (xs.Count > 0) text.SetAttributeValue("x", Join(xs));
            text.SetAttributeValue("y", Join(ys.Count > 0 ? ys.Select(y => y + drop * size).ToList() : [drop * size]));
        }
        // Without a viewBox, a figure narrower than 640 px (a phone's column, max-width: 100%) is cut, not scaled.
        var svgRoot = document.Root!;
        if (svgRoot.Attribute("viewBox") is null && Number(svgRoot.Attribute("width")?.Value) is { } w && Number(svgRoot.Attribute("height")?.Value) is { } h)
            svgRoot.SetAttributeValue("viewBox", FormattableString.Invariant($"0 0 {w} {h}"));
        return document.Declaration + "\n" + svgRoot.ToString(SaveOptions.DisableFormatting);
    }

    private static string WithoutBlanks(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static float? Number(string? value) =>
        float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static List<float> Numbers(string? list) => list is null ? [] :
        [.. list.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).Select(Number).OfType<float>()];

    private static string Join(IEnumerable<float> values) => string.Join(" ", values.Select(v => v.ToString("0.###", CultureInfo.InvariantCulture)));
}
