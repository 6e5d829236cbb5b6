using System.Xml.Linq;
using Blog.Tests.Compute;

namespace Blog.Tests.Model;

/// <summary>
/// Summaries, the meta description, the feed and the plain text read computed values and
/// cross-reference text ("表 1") where the page shows them, never the raw code or a gap.
/// </summary>
public sealed class ComputedTextTests
{
    [Theory]
    [InlineData("build")]
    [InlineData("client")]
    public async Task The_description_and_the_feed_summary_show_computed_values_and_reference_numbers(string mode)
    {
        using var site = new ComputeSite().Post("x", string.Join("\n",
            "总和是 `{csharp} Enumerable.Range(1, 10).Sum()`，见@tbl-rows 的统计，其中 $n=10$。", "",
            "```{csharp}", "//| label: tbl-rows", "//| tbl-cap: 十个数", "record Row(int X);", "Enumerable.Range(1, 3).Select(i => new Row(i))", "```", ""));
        site.Site.Settings(s => s["math"]!["render"] = mode);
        await site.BuildOkAsync();
        var page = site.Site.Html("2020/01/x/");
        const string expected = "总和是 55，见表 1 的统计，其中 n=10。";
        Assert.StartsWith(expected, page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.StartsWith(expected, page.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var summary = XDocument.Parse(site.Site.ReadOutput("atom.xml")).Descendants(atom + "summary").Single().Value;
        Assert.StartsWith(expected, summary);
        Assert.DoesNotContain("csharp", summary);
        Assert.DoesNotContain("Enumerable", summary);
        // The home page's excerpt is the rendered first paragraph: the value and the link, not the code.
        var excerpt = site.Site.Html("").QuerySelector(".excerpt")!;
        Assert.Contains("55", excerpt.TextContent);
        Assert.Equal("表 1", excerpt.QuerySelector("a.xref")!.TextContent);
    }
}
