namespace Blog.Tests.Markdown;

/// <summary>Heading ids (Markdig's GitHub mode) for Chinese headings: kept readable, unique, and usable as #fragments.</summary>
public sealed class HeadingIdTests
{
    private const string Markdown = """
        ## 引言
        ## 概率密度
        ## 引言
        ## 1. 推导：概率密度函数
        ## Gumbel Softmax 的证明
        ## 定理 $x^2$ 的证明
        ## 定理 $y^2$ 的证明
        ## “引号”与（括号）
        """;

    private static IReadOnlyList<string> Ids()
    {
        var doc = Support.TestSite.ParseHtml(MathGoldenTests.Render(Markdown));
        return doc.QuerySelectorAll("h2").Select(h => h.Id ?? "").ToList();
    }

    [Fact]
    public void Chinese_headings_keep_their_letters()
    {
        var ids = Ids();
        Assert.Equal("引言", ids[0]);
        Assert.Equal("概率密度", ids[1]);
        Assert.Contains("推导", ids[3]);
        Assert.Contains("概率密度函数", ids[3]);
        Assert.Contains("gumbel-softmax", ids[4]);
    }

    [Fact]
    public void Ids_are_unique_and_not_empty()
    {
        var ids = Ids();
        Assert.All(ids, id => Assert.False(string.IsNullOrWhiteSpace(id)));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Ids_work_as_fragments()
    {
        var doc = Support.TestSite.ParseHtml(MathGoldenTests.Render(Markdown));
        foreach (var id in Ids())
        {
            Assert.DoesNotContain(id, c => char.IsWhiteSpace(c)); // a space would break "#id" links
            Assert.NotNull(doc.GetElementById(Uri.UnescapeDataString(Uri.EscapeDataString(id))));
        }
    }
}
