using Blog.Compute;

namespace Blog.Tests.Compute;

/// <summary>
/// Figures and the building machine's fonts: with a CJK font the Chinese labels are in the SVG's
/// text; without one (GitHub's runner before the workflow installs fonts-noto-cjk) a figure whose
/// labels need it fails with what to install, instead of being published with empty labels.
/// </summary>
public sealed class FigureFontTests
{
    private static ScottPlot.Plot Plot(Action<ScottPlot.Plot> label)
    {
        var plot = new ScottPlot.Plot();
        plot.Add.Scatter(new double[] { 0, 1, 2 }, new double[] { 0, 1, 4 });
        label(plot);
        return plot;
    }

    public static TheoryData<string, Action<ScottPlot.Plot>> ChineseLabels() => new()
    {
        { "x label", p => p.XLabel("横轴") },
        { "y label", p => p.YLabel("频数") },
        { "title", p => p.Title("直方图") },
        { "legend", p => ((ScottPlot.Plottables.Scatter)p.GetPlottables().First()).LegendText = "样本" },
        { "text", p => p.Add.Text("注释", 1, 1) },
        { "annotation", p => p.Add.Annotation("角度") },
        { "japanese", p => p.XLabel("かな") },
    };

    [Theory]
    [MemberData(nameof(ChineseLabels))]
    public void Without_a_CJK_font_a_figure_with_CJK_labels_fails_with_what_to_install(string where, Action<ScottPlot.Plot> label)
    {
        _ = where; // names the case in the test list
        var plot = Plot(label);
        var error = Assert.Throws<InvalidOperationException>(() => Figure.Svg(plot, 300, 200, cjkFont: null));
        Assert.Contains("no CJK font", error.Message);
        Assert.Contains("fonts-noto-cjk", error.Message);
    }

    [Fact]
    public void Without_a_CJK_font_a_figure_with_latin_labels_is_drawn()
    {
        var svg = Figure.Svg(Plot(p => { p.XLabel("angle θ"); p.Title("Histogram"); }), 300, 200, cjkFont: null);
        Assert.Contains("Histogram", svg);
    }

    [Fact]
    public void On_this_machine_the_Chinese_labels_are_in_the_svg_text()
    {
        var svg = Figure.Svg(Plot(p => { p.XLabel("横轴 x"); p.Title("直方图"); }), 300, 200);
        Assert.Contains("横轴", svg);
        Assert.Contains("直方图", svg);
    }
}
