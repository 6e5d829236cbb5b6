using System.Dynamic;
using Blog.Compute;
using Blog.Tests.Support;

namespace Blog.Tests.Compute;

/// <summary>A sequence of any objects is shown as a table with a header row, never as its type name.</summary>
public sealed class SequenceTableTests
{
    private sealed class City
    {
        public string 名称 { get; init; } = "";
        public int Population { get; set; }
        public double Area;
        public int this[int i] => i; // an indexer is no column
        private int Hidden => 0;
    }

    public record Point(string 名, double X);

    /// <summary>The table shown for <paramref name="value"/> as "header,header | cell,cell,…".</summary>
    private static string Shown(object value, IReadOnlyList<string>? tupleNames = null)
    {
        var output = Display.Of(value, tupleNames: tupleNames)!;
        Assert.Equal(OutputKind.Html, output.Kind);
        var table = TestSite.ParseHtml(output.Content).QuerySelector("table.compute-table")!;
        return string.Join(",", table.QuerySelectorAll("thead th").Select(t => t.TextContent.TrimEnd())) + " | "
               + string.Join(",", table.QuerySelectorAll("tbody td").Select(t => t.TextContent.TrimEnd()));
    }

    [Fact]
    public void Anonymous_objects()
    {
        var value = new[] { "北京", "上海" }.Select((c, i) => new { 城市 = c, 排名 = i + 1, 占比 = 0.25 * (i + 1) });
        Assert.Equal("城市,排名,占比 | 北京,1,0.25,上海,2,0.5", Shown(value));
    }

    [Fact]
    public void Records_and_classes_with_public_properties_and_fields()
    {
        Assert.Equal("名,X | 甲,1.5,乙,-2", Shown(new List<Point> { new("甲", 1.5), new("乙", -2) }));
        Assert.Equal("名称,Population,Area | 杭州,12000000,16850",
            Shown(new[] { new City { 名称 = "杭州", Population = 12_000_000, Area = 16850 } }));
    }

    [Fact]
    public void Tuples_with_and_without_element_names()
    {
        var tuples = new[] { (1, "一"), (2, "二") };
        Assert.Equal("Item1,Item2 | 1,一,2,二", Shown(tuples));
        Assert.Equal("n,读法 | 1,一,2,二", Shown(tuples, ["n", "读法"]));
        Assert.Equal("Item1,Item2 | 3,三", Shown(new List<Tuple<int, string>> { Tuple.Create(3, "三") }));
    }

    [Fact]
    public void Dictionaries_and_key_value_pairs()
    {
        var counts = new Dictionary<string, int> { ["正面"] = 48, ["反面"] = 52 };
        Assert.Equal("Key,Value | 正面,48,反面,52", Shown(counts));
        Assert.Equal("Key,Value | 正面,48,反面,52", Shown(counts.ToList()));
        var rows = new List<Dictionary<string, object>>
        {
            new() { ["姓名"] = "张三", ["分数"] = 90 },
            new() { ["姓名"] = "李四", ["备注"] = "缺考" },
        };
        Assert.Equal("姓名,分数,备注 | 张三,90,,李四,,缺考", Shown(rows));
        dynamic expando = new ExpandoObject();
        expando.名称 = "圆周率";
        expando.值 = Math.PI;
        Assert.Equal("名称,值 | 圆周率,3.142", Shown(new List<object> { expando }));
    }

    [Fact]
    public void Rows_of_different_types_share_columns_by_name()
    {
        var rows = new object?[] { new { 名 = "甲", X = 1 }, new Point("乙", 2), null };
        Assert.Equal("名,X | 甲,1,乙,2,,", Shown(rows));
    }

    [Fact]
    public void An_empty_sequence_of_rows_keeps_its_header()
        => Assert.Equal("名,X | ", Shown(new List<Point>()));

    [Fact]
    public void Sequences_of_scalars_are_text_not_a_type_name()
    {
        Assert.Equal(new Output(OutputKind.Text, "[1, 2.5, 三]"), Display.Of(new List<object> { 1, 2.5, "三" }));
        Assert.Equal(new Output(OutputKind.Text, "[[1, 2], [3]]"), Display.Of(new[] { new[] { 1, 2 }, new[] { 3 } }));
        Assert.Equal(new Output(OutputKind.Text, "[]"), Display.Of(new List<int>()));
    }

    [Fact]
    public void Explicit_tables_are_unchanged()
    {
        var html = Table.Of(new[] { 0.125, 2 }).Column("$p$", v => v, "F3").ToHtml();
        Assert.Contains("<th>\\(p\\) </th>", html); // the space: no "." from the site search (Table.Ended)
        Assert.Contains("<td class=\"num\">0.125 </td>", html);
        Assert.Contains("<th></th>", Table.Of(new[] { 1, 2 }).ToHtml());
    }

    [Fact]
    public async Task Named_tuples_in_a_block_head_their_columns_on_the_page()
    {
        using var site = new ComputeSite().Post("x", string.Join("\n",
            "掷骰子的结果如下：", "",
            "```{csharp}", "var 面 = new[] { \"一\", \"二\", \"三\" };",
            "面.Select((f, i) => (点数: f, 次数: (i + 1) * 10, 频率: (i + 1) / 6.0))", "```", "",
            "```{csharp}", "new Dictionary<string, double> { [\"均值\"] = 3.5, [\"方差\"] = 35.0 / 12 }", "```", "",
            "```{csharp}", "new[] { new { 名称 = \"正态分布\", 参数 = 2 } }", "```", ""));
        await site.BuildOkAsync();
        var tables = site.Site.Html("2020/01/x/").QuerySelectorAll("table.compute-table").ToList();
        Assert.Equal(3, tables.Count);
        Assert.Equal(["点数", "次数", "频率"], tables[0].QuerySelectorAll("th").Select(t => t.TextContent.TrimEnd()));
        Assert.Equal(["一", "10", "0.1667", "二", "20", "0.3333", "三", "30", "0.5"], tables[0].QuerySelectorAll("td").Select(t => t.TextContent.TrimEnd()));
        Assert.Equal(["Key", "Value"], tables[1].QuerySelectorAll("th").Select(t => t.TextContent.TrimEnd()));
        Assert.Equal(["均值", "3.5", "方差", "2.917"], tables[1].QuerySelectorAll("td").Select(t => t.TextContent.TrimEnd()));
        Assert.Equal(["名称", "参数"], tables[2].QuerySelectorAll("th").Select(t => t.TextContent.TrimEnd()));
        Assert.DoesNotContain("AnonymousType", site.Page("x"));
        Assert.DoesNotContain("System.", site.Page("x"));
    }
}
