using System.Text.Json;
using Blog.Compute;
using Blog.Tests.Support;

namespace Blog.Tests.Compute;

/// <summary>
/// Figures as a reader's Chromium draws them: every tick label centred on its tick, every text inside
/// the frame that clips it (the legend's first entry was cut off), and every character of every label
/// drawn (<c>log₁₀ τ</c> lost its ₁₀ to the CJK font). Before the fix (SvgText) the y tick labels sat
/// about 9 px above their ticks.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class FigureTextBrowserTests(Chromium chromium)
{
    private sealed record Tick(string Axis, double At);
    private sealed record Box(string Text, double Left, double Top, double Right, double Bottom, Clip? Clip);
    private sealed record Clip(double Left, double Top, double Right, double Bottom);
    private sealed record Drawn(Tick[] Ticks, Box[] Texts);

    // The SVG's short tick marks ("Mx yLx y+4" or "Mx yLx-4 y") and each text's box with the clip rectangle around it, in page pixels.
    private const string Measure = """
        () => {
          const svg = document.querySelector('svg');
          const origin = svg.getBoundingClientRect();
          const ticks = [];
          for (const p of svg.querySelectorAll('path')) {
            const m = /^M([-\d.]+) ([-\d.]+)L([-\d.]+) ([-\d.]+)$/.exec(p.getAttribute('d'));
            if (!m) continue;
            const [x1, y1, x2, y2] = m.slice(1).map(Number);
            if (x1 === x2 && Math.abs(y2 - y1) <= 6) ticks.push({ axis: 'x', at: x1 });
            if (y1 === y2 && Math.abs(x2 - x1) <= 6 && x2 < x1) ticks.push({ axis: 'y', at: y1 });
          }
          const texts = [...svg.querySelectorAll('text')].map(t => {
            const r = t.getBoundingClientRect();
            const g = t.closest('g[clip-path]');
            let clip = null;
            if (g) {
              const id = /url\(#(.+)\)/.exec(g.getAttribute('clip-path'))[1];
              // A clipPath is not rendered, so its rectangle is read from its attributes (user units are pixels here).
              const c = document.getElementById(id).querySelector('rect');
              const [x, y, w, h] = ['x', 'y', 'width', 'height'].map(a => Number(c.getAttribute(a)));
              clip = { left: x, top: y, right: x + w, bottom: y + h };
            }
            return { text: t.textContent, left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top, clip };
          });
          return JSON.stringify({ ticks, texts });
        }
        """;

    public static TheoryData<string> Plots() => ["scatter with legend", "histogram", "bars with negative values"];

    private static (ScottPlot.Plot Plot, string[] Labels) Make(string name)
    {
        var plot = new ScottPlot.Plot();
        switch (name)
        {
            case "scatter with legend":
                plot.Add.Scatter(new double[] { 0, 1, 2, 3 }, new double[] { 0, 1, 4, 9 }).LegendText = "样本 α";
                plot.Add.Scatter(new double[] { 0, 1, 2, 3 }, new double[] { 1, 2, 3, 4 }).LegendText = "第二条 θ₀";
                plot.ShowLegend();
                plot.XLabel("log₁₀ τ");
                plot.YLabel("频数 σ²");
                plot.Title("标题 x² ≤ ∞");
                return (plot, ["样本 α", "第二条 θ₀", "log₁₀ τ", "频数 σ²", "标题 x² ≤ ∞"]);
            case "histogram":
                var histogram = ScottPlot.Statistics.Histogram.WithBinCount(16, -4, 4);
                var rng = new Random(1);
                for (var i = 0; i < 2000; i++) histogram.Add(rng.NextDouble() * 8 - 4);
                plot.Add.Histogram(histogram);
                plot.XLabel("取值 x₁");
                plot.YLabel("次数");
                return (plot, ["取值 x₁", "次数"]);
            default:
                plot.Add.Bars(new double[] { -3, 5, 2, -1 });
                plot.Title("增量 Δ₂ ⁽ⁿ⁾");
                return (plot, ["增量 Δ₂ ⁽ⁿ⁾"]);
        }
    }

    [BrowserTheory]
    [MemberData(nameof(Plots))]
    public async Task Labels_sit_on_their_ticks_inside_their_frames_with_every_character(string name)
    {
        var (plot, labels) = Make(name);
        var svg = Figure.Svg(plot, 640, 400);
        await chromium.WithHtmlAsync($"<!DOCTYPE html><meta charset=utf-8><body style='margin:0'>{svg[svg.IndexOf("<svg", StringComparison.Ordinal)..]}</body>", async session =>
        {
            var drawn = JsonSerializer.Deserialize<Drawn>(await session.Page.EvaluateAsync<string>(Measure),
                new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
            var numbers = drawn.Texts.Where(t => double.TryParse(t.Text.Replace('−', '-'), System.Globalization.CultureInfo.InvariantCulture, out _)).ToList();
            var yTicks = drawn.Ticks.Where(t => t.Axis == "y").ToList();
            var xTicks = drawn.Ticks.Where(t => t.Axis == "x").ToList();
            Assert.True(yTicks.Count >= 3 && xTicks.Count >= 3, $"{yTicks.Count} y ticks, {xTicks.Count} x ticks found");

            // Each tick label's centre is on the tick it labels (y ticks: its middle; x ticks: its centre line).
            foreach (var label in numbers)
            {
                var middle = (label.Top + label.Bottom) / 2;
                var centre = (label.Left + label.Right) / 2;
                var y = yTicks.MinBy(t => Math.Abs(t.At - middle))!;
                var x = xTicks.MinBy(t => Math.Abs(t.At - centre))!;
                var off = Math.Min(Math.Abs(y.At - middle), Math.Abs(x.At - centre));
                Assert.True(off <= 2, $"tick label '{label.Text}' is {off:F1} px from its tick (middle {middle:F1}, nearest y tick {y.At:F1}; centre {centre:F1}, nearest x tick {x.At:F1})");
            }

            // No text pokes out of the rectangle that clips it (the legend) or out of the figure.
            foreach (var text in drawn.Texts)
            {
                var frame = text.Clip ?? new Clip(0, 0, 640, 400);
                Assert.True(text.Top >= frame.Top - 0.5 && text.Bottom <= frame.Bottom + 0.5 && text.Left >= frame.Left - 0.5 && text.Right <= frame.Right + 0.5,
                    $"'{text.Text}' ({text.Left:F1},{text.Top:F1})-({text.Right:F1},{text.Bottom:F1}) is cut by its frame ({frame.Left:F1},{frame.Top:F1})-({frame.Right:F1},{frame.Bottom:F1})");
            }

            // In a column narrower than the figure (a phone), the figure is scaled, not cut: its right edge is in view.
            await session.Page.EvaluateAsync("() => { const s = document.querySelector('svg'); s.style.maxWidth = '300px'; s.style.height = 'auto'; }");
            var (shown, drawnWidth) = (await session.Page.EvaluateAsync<double[]>("() => { const s = document.querySelector('svg'); const t = [...s.querySelectorAll('text')].at(-1); return [s.getBoundingClientRect().right, Math.max(...[...s.querySelectorAll('text')].map(x => x.getBoundingClientRect().right))]; }")) switch { var v => (v[0], v[1]) };
            Assert.True(drawnWidth <= shown + 0.5, $"in a 300 px column the figure's text reaches {drawnWidth:F0} px, past its box ({shown:F0} px): cut, not scaled");

            // Every label is drawn whole: not one character of what the author wrote is missing.
            foreach (var label in labels)
                Assert.True(drawn.Texts.Any(t => t.Text == label), $"'{label}' is not drawn whole; the texts are: " + string.Join(" | ", drawn.Texts.Select(t => t.Text)));
        }, test: "figure_" + name.Replace(' ', '_'));
    }
}
