using Blog.Compute;
using Blog.Computing;
using Blog.Diagnostics;
using Blog.Markup;
using Blog.Markup.ComputeBlocks;
using MathNet.Numerics.LinearAlgebra;
using Markdig.Syntax;

namespace Blog.Tests.Compute;

/// <summary>The pieces on their own: number formats, TeX of matrices, options, cross-reference parsing, error places.</summary>
public sealed class ApiTests
{
    [Theory]
    [InlineData(0.5, "0.5")]
    [InlineData(3.0, "3")]
    [InlineData(1.0 / 3, "0.3333")]
    [InlineData(12345.678, "12346")]
    [InlineData(0.0000123, "1.23e-5")]
    [InlineData(-2.25, "-2.25")]
    public void Numbers_are_formatted_invariantly_with_four_significant_digits(double x, string expected)
        => Assert.Equal(expected, Format.Number(x));

    [Fact]
    public void Matrices_become_bmatrix_and_large_ones_are_elided()
    {
        Assert.Equal("\\begin{bmatrix}\n1 & 0.5 \\\\\n\\end{bmatrix}", Tex.Of(Matrix<double>.Build.DenseOfArray(new[,] { { 1, 0.5 } })));
        var big = Tex.Of(Matrix<double>.Build.Dense(20, 20, 1));
        Assert.Contains("\\cdots", big);
        Assert.Contains("\\vdots", big);
        Assert.Contains("\\ddots", big);
        Assert.Equal(8, big.Split("\\\\").Length - 1);
    }

    [Fact]
    public void Table_headers_and_text_cells_with_dollars_become_inline_math()
    {
        var html = Table.Of(new[] { 1.5 }).Column("$\\sigma^2$ 值", v => v).Column("式", _ => "$x<1$").ToHtml();
        // Written as \(…\) in the HTML's text; the site's math pipeline makes them math elements (see HtmlMath).
        Assert.Contains("<th>\\(\\sigma^2\\) 值 </th>", html); // the space: no "." from the site search (Table.Ended)
        Assert.Contains("<td>\\(x&lt;1\\) </td>", html);
        var page = Support.TestSite.ParseHtml(Markdig.Markdown.ToHtml("<div>\n" + html + "\n</div>", Blog.Markup.MarkdownSetup.Create()));
        Assert.Equal(["\\(\\sigma^2\\)", "\\(x<1\\)"], page.QuerySelectorAll("th .math, td .math").Select(m => m.TextContent));
    }

    [Fact]
    public void Options_are_read_from_leading_comment_lines()
    {
        var options = BlockOptions.Parse(["//| echo: fold", "//| label: fig-a", "//| fig-cap: \"a: b\"", "//| timeout: 5", "var x = 1;"], "f.md", 10);
        Assert.Equal((EchoOption.Fold, "fig-a", "a: b", 5, 4), (options.Echo, options.Label, options.FigCap, options.Timeout!.Value, options.LineCount));
        var defaults = BlockOptions.Parse(["var x = 1;"], "f.md", 10);
        Assert.Equal((EchoOption.Show, OutputOption.Show, ErrorOption.Stop), (defaults.Echo, defaults.Output, defaults.Error));
        var all = BlockOptions.Parse(["//| echo: false", "//| output: asis", "//| error: expected"], "f.md", 10);
        Assert.Equal((EchoOption.Hide, OutputOption.AsIs, ErrorOption.Expected), (all.Echo, all.Output, all.Error));
        Assert.Equal(ErrorOption.Show, BlockOptions.Parse(["//| error: true"], "f.md", 1).Error);
        Assert.Equal(OutputOption.Hide, BlockOptions.Parse(["//| output: \"false\""], "f.md", 1).Output);
    }

    [Theory]
    [InlineData("//| echo: yes", 12, "echo is 'yes'; expected one of true, false, fold")]
    [InlineData("//| output: hidden", 14, "output is 'hidden'; expected one of true, false, asis")]
    [InlineData("//|  error:   maybe", 16, "error is 'maybe'; expected one of false, true, expected")]
    [InlineData("//| cache: no", 13, "cache is 'no'; expected one of true, false")]
    [InlineData("//| eval: \"yes\"", 13, "eval is 'yes'; expected one of true, false")]
    [InlineData("//| timeout: -1", 15, "expected a positive whole number")]
    [InlineData("//| label: figure1", 13, "must start with fig- or tbl-")]
    [InlineData("//| colour: red", 6, "Unknown block option 'colour'")]
    [InlineData("  //| echo: fold!", 14, "expected one of true, false, fold")]
    public void A_bad_option_is_placed_at_its_key_or_value_with_the_allowed_values(string line, int column, string message)
    {
        // The block's code starts at line 10, column 2 of the file (a fence indented by one space).
        var bad = Assert.Throws<DiagnosticException>(() => BlockOptions.Parse(["//| echo: true", line, "x"], "f.md", 10, 2));
        Assert.Equal(("f.md", 11, column), (bad.Diagnostic.File, bad.Diagnostic.Line, bad.Diagnostic.Column));
        Assert.Contains(message, bad.Diagnostic.Message);
    }

    [Theory]
    [InlineData("见@fig-a。", "fig-a")]
    [InlineData("(@tbl-b_2)", "tbl-b_2")]
    [InlineData("mail me@fig-a.com", null)]
    [InlineData("@figure", null)]
    public void Cross_references_are_parsed_only_where_they_are_meant(string markdown, string? label)
    {
        var names = Blog.Markup.FencedDivs.ReferenceNames.Load(Support.TestSite.BuiltInTheme, "zh-CN");
        var pipeline = MarkdownSetup.Create(new ComputeExtension("代码"), new Blog.Markup.CrossReferences.CrossReferenceExtension(names, new(), ("图", "表")));
        var found = Markdig.Markdown.Parse(markdown, pipeline).Descendants<Blog.Markup.CrossReferences.CrossReference>().Select(r => r.Id).SingleOrDefault();
        Assert.Equal(label, found);
    }

    [Fact]
    public void Error_places_map_unit_positions_to_the_file()
    {
        var block = new ComputeUnit(UnitKind.Block, 0, "a\nb", Line: 20, Column: 1, new BlockOptions());
        Assert.Equal((22, 5), ErrorPlaces.Place(block, 3, 5));
        var inline = new ComputeUnit(UnitKind.Inline, 0, "x + y", Line: 7, Column: 12, new BlockOptions());
        Assert.Equal((7, 16), ErrorPlaces.Place(inline, 1, 5));
        Assert.Equal((7, 12), ErrorPlaces.Place(inline, 0, 0));
    }

    [Fact]
    public void The_same_plot_gives_the_same_svg_however_many_plots_the_process_drew_before()
    {
        static string Draw()
        {
            var plot = new ScottPlot.Plot();
            plot.Add.Scatter(new double[] { 1, 2, 3 }, new double[] { 3, 1, 2 });
            plot.Title("同一张图");
            return Figure.Svg(plot);
        }
        var first = Draw();
        // Skia's clip-path counter goes past 9 into hex ids (cl_a, cl_2c, …); the output must not change.
        for (var i = 0; i < 30; i++) Assert.Equal(first, Draw());
        Assert.Contains("同一张图", first);
    }
}
