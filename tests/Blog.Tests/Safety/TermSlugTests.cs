using Blog.Content;
using Blog.Diagnostics;

namespace Blog.Tests.Safety;

/// <summary>Issue 28.10: two different tags or categories never share a page silently.</summary>
public sealed class TermSlugTests
{
    private static string Post(string slug, string tags, string categories = "") =>
        $"---\ntitle: 文章{slug}\ndate: 2020-01-0{slug.Length}\nslug: {slug}\ntags: [{tags}]\ncategories: [{categories}]\n---\n\n正文。\n";

    [Theory]
    [InlineData("C++", "c-plus-plus")]
    [InlineData("C#", "c-sharp")]
    [InlineData("C", "c")]
    [InlineData("R&D", "r-and-d")]
    [InlineData("F# & C++", "f-sharp-and-c-plus-plus")]
    [InlineData("机器 学习", "机器-学习")]
    public void Symbols_that_tell_names_apart_are_spelled_out(string name, string slug) => Assert.Equal(slug, Slugs.From(name));

    [Theory]
    [InlineData("AI", "ai", true)]
    [InlineData("machine learning", "Machine-Learning", true)]
    [InlineData("a  b", "a-b", true)]
    [InlineData("ＡＩ", "ai", true)]
    [InlineData("a.b", "a b", false)]
    [InlineData("a_b", "a b", false)]
    [InlineData("C++", "C#", false)]
    public void Spellings_are_one_term_when_they_differ_in_case_width_or_separators(string a, string b, bool same) =>
        Assert.Equal(same, Slugs.SameTerm(a, b));

    [Fact]
    public async Task CPlusPlus_CSharp_and_C_get_a_page_each_while_separators_and_case_make_one()
    {
        using var site = SafetySite.New();
        site.WriteFile("input/posts/a.md", Post("a", "C++, machine learning"));
        site.WriteFile("input/posts/bb.md", Post("bb", "C#, Machine-Learning"));
        site.WriteFile("input/posts/ccc.md", Post("ccc", "C"));
        await site.BuildOkAsync();

        Assert.Contains("C++", site.Html("tags/c-plus-plus/").Title);
        Assert.Contains("C#", site.Html("tags/c-sharp/").Title);
        Assert.Single(site.Html("tags/c/").QuerySelectorAll(".post-summary"));
        Assert.Equal(2, site.Html("tags/machine-learning/").QuerySelectorAll(".post-summary").Length);
    }

    [Theory]
    [InlineData("tags", "a.b", "a b")]
    [InlineData("tags", "x/y", "x?y")]
    [InlineData("tags", "!?", "...")]
    [InlineData("categories", "数学.分析", "数学 分析")]
    public async Task Different_names_with_one_page_are_an_error_naming_both(string key, string first, string second)
    {
        using var site = SafetySite.New();
        site.WriteFile("input/posts/a.md", key == "tags" ? Post("a", $"'{first}'") : Post("a", "", $"'{first}'"));
        site.WriteFile("input/posts/bb.md", key == "tags" ? Post("bb", $"'{second}'") : Post("bb", "", $"'{second}'"));
        var result = await site.BuildAsync();

        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains($"'{first}'", error.Message);
        Assert.Contains($"'{second}'", error.Message);
        Assert.EndsWith(".md", error.File);
        Assert.Equal(key == "tags" ? 5 : 6, error.Line);
    }
}
