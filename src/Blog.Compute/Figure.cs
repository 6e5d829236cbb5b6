using System.Text.RegularExpressions;

namespace Blog.Compute;

/// <summary>ScottPlot plots as the SVG the page embeds, with Chinese labels drawn.</summary>
public static partial class Figure
{
    public const int DefaultWidth = 640, DefaultHeight = 400;

    /// <summary>The SVG names this list so a reader's browser picks a CJK font it has.</summary>
    /// Characters a CJK font lacks (sub- and superscript digits, mathematical symbols) fall back to
    /// DejaVu Sans or Noto Sans Math, which the browser picks character by character.
    private const string BrowserFonts = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','DejaVu Sans','Noto Sans Math','Cambria Math',sans-serif";

    // SkiaSharp's dependency-free native build on Linux does not ask fontconfig for a fallback, so
    // labels in Chinese would come out empty: register a CJK font file ourselves.
    private static readonly Lazy<string?> CjkFont = new(RegisterCjkFont);

    public static string Svg(ScottPlot.Plot plot, int width = DefaultWidth, int height = DefaultHeight)
        => Svg(plot, width, height, CjkFont.Value);

    /// <summary>
    /// The SVG drawn with <paramref name="cjkFont"/>, the name of a registered CJK font, or null when the
    /// machine has none. Skia then drops every CJK character from the SVG's text (a label "横轴 x" comes
    /// out as "x"), so a figure whose labels need one fails with what to install instead of being
    /// published with empty labels (GitHub's ubuntu-latest runner has no CJK font unless the workflow installs one).
    /// </summary>
    /// <exception cref="InvalidOperationException">A label has CJK characters and <paramref name="cjkFont"/> is null.</exception>
    internal static string Svg(ScottPlot.Plot plot, int width, int height, string? cjkFont)
    {
        if (cjkFont is not null) plot.Font.Set(cjkFont);
        else if (Labels(plot).FirstOrDefault(HasCjk) is { } label)
            throw new InvalidOperationException($"The figure's label \"{label}\" has Chinese, Japanese or Korean characters, but this machine " +
                "has no CJK font, so they would be drawn as nothing. Install one (Debian/Ubuntu: apt-get install fonts-noto-cjk; " +
                "the GitHub Pages workflow of this repository does) and build again.");
        var svg = plot.GetSvgXml(width, height);
        // After drawing: the tick labels are known only once the plot has been laid out.
        // Ideographs first, so that the texts read as the labels they are matched with.
        svg = SvgText.Repair(UnifyIdeographs(svg), ScottPlot.Fonts.GetTypeface(cjkFont ?? ScottPlot.Fonts.Default, false, false), Labels(plot));
        return StableIds(FontFamily().Replace(svg, $"font-family=\"{BrowserFonts}\""));
    }

    /// <summary>
    /// Skia numbers clip paths (cl_9, cl_a, … in hex) with a counter of the whole process, so the same plot drawn later
    /// gets other ids: renumber them in order, and prefix them with a hash of the figure, so two
    /// builds write the same bytes and two figures inlined in one page never share an id.
    /// </summary>
    private static string StableIds(string svg)
    {
        var numbers = new Dictionary<string, int>();
        var renumbered = ClipId().Replace(svg, m => "cl_" + (numbers.TryGetValue(m.Value, out var n) ? n : numbers[m.Value] = numbers.Count + 1));
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(renumbered)))[..8];
        return ClipId().Replace(renumbered, m => $"f{hash}-{m.Value}");
    }

    /// <summary>
    /// Skia writes SVG text by mapping glyphs back to characters, and a CJK font draws 角 and the
    /// Kangxi radical ⾓ with one glyph: map radicals and compatibility ideographs back to the
    /// ordinary ideographs, so the text reads, searches and copies as what the author wrote.
    /// </summary>
    private static string UnifyIdeographs(string svg)
    {
        static bool Radical(char c) => c is >= '\u2E80' and <= '\u2FDF' or >= '\uF900' and <= '\uFAFF';
        if (!svg.Any(Radical)) return svg;
        var text = new System.Text.StringBuilder(svg.Length);
        foreach (var c in svg) text.Append(Radical(c) ? c.ToString().Normalize(System.Text.NormalizationForm.FormKC) : c.ToString());
        return text.ToString();
    }

    /// <summary>Every text a plot draws that its author wrote: axis labels and ticks, title, legend, text and annotations.</summary>
    private static IEnumerable<string> Labels(ScottPlot.Plot plot) =>
        plot.Axes.GetAxes().Select(a => a.Label.Text)
            .Concat(plot.Axes.GetAxes().SelectMany(a => a.TickGenerator.Ticks.Select(t => t.Label)))
            .Append(plot.Axes.Title.Label.Text)
            .Concat(plot.GetPlottables().SelectMany(p => p.LegendItems).Select(i => i.LabelText))
            .Concat(plot.Legend.ManualItems.Select(i => i.LabelText))
            .Concat(plot.GetPlottables().OfType<ScottPlot.Plottables.Text>().Select(t => t.LabelText))
            .Concat(plot.GetPlottables().OfType<ScottPlot.Plottables.Annotation>().Select(t => t.Text))
            .Where(t => !string.IsNullOrEmpty(t));

    /// <summary>Han (with extensions and compatibility forms), kana, Hangul, CJK punctuation and full-width forms.</summary>
    private static bool HasCjk(string text) => text.EnumerateRunes().Any(r => r.Value is
        >= 0x2E80 and <= 0x2FDF or >= 0x3000 and <= 0x30FF or >= 0x3100 and <= 0x9FFF or >= 0xAC00 and <= 0xD7AF
        or >= 0xF900 and <= 0xFAFF or >= 0xFF00 and <= 0xFFEF or >= 0x20000 and <= 0x3FFFF);

    private static string? RegisterCjkFont()
    {
        string[] folders = ["/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts", "/System/Library/Fonts",
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.Windows), "Fonts")];
        string[] names = ["NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf", "SourceHanSansSC-Regular.otf",
            "wqy-microhei.ttc", "wqy-zenhei.ttc", "PingFang.ttc", "msyh.ttc", "simhei.ttf"];
        foreach (var name in names)
            foreach (var folder in folders.Where(Directory.Exists))
            {
                var file = Directory.EnumerateFiles(folder, name, SearchOption.AllDirectories).FirstOrDefault();
                if (file is null) continue;
                ScottPlot.Fonts.AddFontFile("BlogCJK", file);
                return "BlogCJK";
            }
        return null;
    }

    [GeneratedRegex(@"\bcl_[0-9a-f]+\b")]
    private static partial Regex ClipId();

    [GeneratedRegex("font-family=\"[^\"]*\"")]
    private static partial Regex FontFamily();
}
