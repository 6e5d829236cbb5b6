using System.Globalization;

namespace Blog.Tests.Compute;

/// <summary>Values are shown by type: text, math, tables, figures with numbers and captions; the same in every locale.</summary>
public sealed class DisplayTests
{
    [Fact]
    public async Task Values_show_by_type_and_references_are_numbered()
    {
        using var site = new ComputeSite().Post("x", string.Join("\n",
            "如@fig-line 和@tbl-rows 所示。", "",
            "```{csharp}", "//| label: tbl-rows", "//| tbl-cap: 三行,和为 `{csharp} rows.Sum(r => r.Y)`",
            "record Row(int X, double Y);", "var rows = new[] { new Row(1, 0.5), new Row(2, 1.25), new Row(3, 2) };", "rows", "```", "",
            "```{csharp}", "//| label: fig-line", "//| fig-cap: 一条**直线**", "//| echo: false",
            "var p = new ScottPlot.Plot();", "p.Add.Scatter(new double[] { 0, 1 }, new double[] { 0, 1 });", "p.Title(\"角度分布\");", "p", "```", "",
            "```{csharp}", "Vector<double>.Build.Dense(new[] { 1.0, 2.5 })", "```", "",
            "```{csharp}", "//| output: asis", "Console.WriteLine(\"**粗体** 与 $x^2$\");", "```", ""));
        await site.BuildOkAsync();
        var page = site.Site.Html("2020/01/x/");

        var links = page.QuerySelectorAll("a.xref").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("#fig-line", "图 1"), ("#tbl-rows", "表 1")], links);

        var table = page.QuerySelector("figure#tbl-rows")!;
        Assert.Equal("表 1 三行,和为 3.75", table.QuerySelector("figcaption")!.TextContent);
        Assert.Equal(["X", "Y"], table.QuerySelectorAll("th").Select(t => t.TextContent.TrimEnd()));
        Assert.Equal(["1", "0.5", "2", "1.25", "3", "2"], table.QuerySelectorAll("td").Select(t => t.TextContent.TrimEnd()));

        var figure = page.QuerySelector("figure#fig-line")!;
        Assert.NotNull(figure.QuerySelector("svg"));
        Assert.Contains("角度分布", figure.QuerySelector("svg")!.TextContent);
        Assert.Equal("图 1 一条直线", figure.QuerySelector("figcaption")!.TextContent);
        Assert.NotNull(figure.QuerySelector("figcaption strong"));
        Assert.Null(figure.ParentElement!.QuerySelector("pre.compute-source")); // echo: false

        // The TeX is in the page: between \\[ \\] (client mode) or kept in data-latex beside the typeset math (build mode).
        var math = page.QuerySelector("div.math.display")!;
        var tex = math.QuerySelector("[data-latex]")?.GetAttribute("data-latex") ?? math.TextContent;
        Assert.Contains("\\begin{bmatrix}", tex);
        Assert.Contains("2.5", tex);

        Assert.Equal("粗体", page.QuerySelector(".compute-cell p strong")!.TextContent);
    }

    [Fact]
    public async Task Blocks_can_build_check_and_draw_magic_cubes_with_the_cube_library()
    {
        using var site = new ComputeSite().Post("x", string.Join("\n",
            "```{csharp}", "var cube = MagicCubeBuilder.Build(5).Cube!;", "var report = MagicChecker.Check(cube);",
            "Check(report.IsMagic, \"构造出的五阶立方体应是幻方\");", "```", "",
            "五阶幻和为 `{csharp} report.Lines.First().Sum`,共检查 `{csharp} report.Lines.Count` 条直线。", "",
            "```{csharp}", "//| output: asis", "Console.WriteLine(\"$$\" + LatexCubeRenderer.Render(MagicCubeBuilder.Build(3).Cube!) + \"$$\");", "```", ""));
        await site.BuildOkAsync();
        var page = site.Site.Html("2020/01/x/");
        Assert.Contains("五阶幻和为 315,共检查 79 条直线。", page.Body!.TextContent);
        var cube = page.QuerySelectorAll("div.math.display").Last();
        var tex = cube.QuerySelector("[data-latex]")?.GetAttribute("data-latex") ?? cube.TextContent;
        Assert.Contains("\\begin{array}", tex);
    }

    [Fact]
    public async Task Words_for_figures_and_tables_come_from_the_settings()
    {
        using var site = new ComputeSite().Post("x", "见@tbl-a。\n\n```{csharp}\n//| label: tbl-a\nnew[] { (1, 2) }\n```\n");
        site.Site.Settings(s => s["compute"] = new System.Text.Json.Nodes.JsonObject { ["tableWord"] = "Table" });
        await site.BuildOkAsync();
        Assert.Equal("Table 1", site.Site.Html("2020/01/x/").QuerySelector("a.xref")!.TextContent);
    }

    [Fact]
    public async Task Inline_values_are_the_same_in_a_german_locale()
    {
        // CurrentCulture flows into the build's tasks; the process-wide default stays, so tests running beside this one are untouched.
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            using var site = new ComputeSite().Post("x",
                "值: `{csharp} 1.0 / 4` 和 `{csharp} (2.5).ToString()` 和 `{csharp} string.Format(\"{0:F2}\", Math.PI)` 和 `{csharp} 1234567.0`.\n\n" +
                "```{csharp}\nTable.Of(new[] { 0.125 }).Column(\"v\", v => v, \"F3\")\n```\n");
            await site.BuildOkAsync();
            var page = site.Site.Html("2020/01/x/");
            Assert.Equal(["0.25", "2.5", "3.14", "1234567"], page.QuerySelectorAll(".compute-value").Select(v => v.TextContent));
            Assert.Equal("0.125 ", page.QuerySelector("td")!.TextContent); // the space: no "." from the site search
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public async Task Plain_csharp_blocks_are_only_shown_and_eval_false_blocks_do_not_run()
    {
        using var site = new ComputeSite();
        site.Post("x", $"```csharp\nthis is not compiled\n```\n\n```{{csharp}}\n//| eval: false\n{site.LogCall("never")}\n```\n");
        await site.BuildOkAsync();
        Assert.Equal(0, site.Runs("never"));
        Assert.Equal("this is not compiled", site.Site.Html("2020/01/x/").QuerySelector("pre code")!.TextContent.Trim());
    }
}
