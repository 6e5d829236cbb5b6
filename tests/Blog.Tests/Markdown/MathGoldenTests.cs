using System.Text.RegularExpressions;
using Blog.Markup;
using Blog.Tests.Specs;
using Blog.Tests.Support;
using Markdig;

namespace Blog.Tests.Markdown;

/// <summary>
/// For every example of the math extension's spec (Specs/math.md, whose HTML <see cref="Specs.SpecTests"/>
/// checks), each formula's TeX as the browser will read it (AngleSharp's TextContent) against the Markdown
/// source, byte for byte; and the seed's magic cube.
/// </summary>
public sealed class MathGoldenTests
{
    private const string File = "math.md";
    private static readonly MarkdownPipeline Pipeline = MarkdownSetup.Create();

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        foreach (var example in SpecFile.Load(File)) data.Add(example.Number, example.Section);
        return data;
    }

    internal static string Render(string markdown) => Markdig.Markdown.ToHtml(markdown, Pipeline);

    /// <summary>The TeX of every math element, delimiters removed, as MathJax will read it from the page.</summary>
    internal static IReadOnlyList<(string Class, string Tex)> Formulas(string html) =>
        TestSite.ParseHtml(html).QuerySelectorAll(".math").Select(e => (e.ClassName!, StripDelimiters(e.TextContent))).ToList();

    private static string StripDelimiters(string text) =>
        (text.StartsWith(@"\(") && text.EndsWith(@"\)")) || (text.StartsWith(@"\[") && text.EndsWith(@"\]")) ? text[2..^2] : text;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_formula_reaches_the_page_byte_for_byte(int number, string name)
    {
        var golden = SpecFile.Load(File)[number - 1];
        // Inside lists and blockquotes the source lines carry container markers ("> ", indent)
        // that are not part of the TeX: compare with the source without them.
        var source = name.StartsWith("nested:") ? Regex.Replace(golden.Markdown, @"(?m)^(> ?|   ?)", "") : golden.Markdown;
        foreach (var (_, tex) in Formulas(Render(golden.Markdown)))
            Assert.True(source.Contains(tex, StringComparison.Ordinal), $"TeX not found verbatim in the source:\n{tex}");
    }

    [Fact]
    public void The_seeds_magic_cube_passes_through_intact()
    {
        var cube = System.IO.File.ReadAllText(GoldenCase.PathOf("magic-cube.tex.md")).Replace("\r\n", "\n").TrimEnd('\n');
        var markdown = $"昨天下午折腾了好一会儿，终于成功地画出来了：\n{cube}\n事实上代码里边还内嵌了一些HTML代码。\n";
        var formulas = Formulas(Render(markdown));
        var (cls, tex) = Assert.Single(formulas);
        Assert.Equal("math display", cls);
        Assert.Equal(cube[2..^2], tex);
        Assert.Contains(@"\\", tex);
        Assert.Contains(@"\require{HTML} \style{display: inline-block; transform: rotate(45deg)}{|}", tex);
    }

    [Fact]
    public void The_magic_cube_as_its_own_paragraph_is_one_display_block()
    {
        var cube = System.IO.File.ReadAllText(GoldenCase.PathOf("magic-cube.tex.md")).Replace("\r\n", "\n").TrimEnd('\n');
        var html = Render($"画出来了：\n\n{cube}\n\n事实上。\n");
        var doc = TestSite.ParseHtml(html);
        var div = Assert.Single(doc.QuerySelectorAll("div.math.display"));
        Assert.Equal(@"\[" + cube[2..^2] + @"\]", div.TextContent);
        Assert.Equal(["画出来了：", "事实上。"], doc.QuerySelectorAll("p").Select(p => p.TextContent));
    }

    [Fact]
    public void Inline_formula_carries_its_line_in_the_file()
    {
        var doc = TestSite.ParseHtml(Render("第一行\n\n第三行 $x$\n"));
        Assert.Equal("3", doc.QuerySelector(".math")!.GetAttribute("data-line"));
    }
}
