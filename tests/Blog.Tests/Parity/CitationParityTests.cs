using AngleSharp.Dom;

namespace Blog.Tests.Parity;

/// <summary>
/// Citations as Pandoc prints them: a locator, prefix or suffix is never dropped, also where a style's
/// citations print no locator (GB/T 7714 numeric: <c>[1, p. 3]</c>); an author in the text is written in
/// the cited entry's own language (等 for a Chinese entry, et al. for an English one), as GB/T 7714 writes
/// each entry, whatever the page's language. Both math modes.
/// </summary>
public sealed class CitationParityTests
{
    private static IElement Body(Support.TestSite site) => site.Html("2020/01/p/index.html").QuerySelector(".post-body")!;

    [Theory]
    [InlineData("client")]
    [InlineData("build")]
    public async Task Locators_prefixes_and_suffixes_are_printed_in_a_numeric_style(string mode)
    {
        using var site = ParitySite.Create(mode);
        site.WriteFile("input/posts/p.md", ParitySite.Post(
            "甲 [@knuth84, p. 3]。乙 [see @jang2017categorical, chap. 2, emphasis added]。丙 [@knuth84, 33-35]。丁 @zhang2019 [页 7]。$x$"));
        await site.BuildOkAsync();
        var citations = Body(site).QuerySelectorAll("span.citation").Select(c => c.TextContent).ToArray();
        Assert.Equal(["[1, p. 3]", "[see 2, chap. 2, emphasis added]", "[1, 33-35]", "张三等 [3, 页 7]"], citations);
    }

    [Theory]
    [InlineData("client", "zh-CN")]
    [InlineData("build", "zh-CN")]
    [InlineData("client", "en")]
    public async Task An_author_in_the_text_is_written_in_the_entrys_language(string mode, string language)
    {
        using var site = ParitySite.Create(mode, language);
        site.WriteFile("input/posts/p.md", ParitySite.Post("@jang2017categorical and @zhang2019 and @knuth84. $x$"));
        await site.BuildOkAsync();
        var citations = Body(site).QuerySelectorAll("span.citation").Select(c => c.TextContent).ToArray();
        Assert.Equal(["Jang et al. [1]", "张三等 [2]", "Knuth [3]"], citations);
        // The bibliography writes each entry in its language too (GB/T 7714: 等 and et al.).
        var refs = site.Html("2020/01/p/index.html").GetElementById("refs")!.TextContent;
        Assert.Contains("张三, 李四, 王五", refs);
        Assert.Contains("JANG E, GU S, POOLE B", refs);
    }

    [Theory]
    [InlineData("client")]
    [InlineData("build")]
    public async Task A_style_that_prints_locators_gets_them_as_locators(string mode)
    {
        using var site = ParitySite.Create(mode, "en", csl: "apa");
        site.WriteFile("input/posts/p.md", ParitySite.Post("One [@knuth84, p. 3]; two [see @jang2017categorical, chap. 2]."));
        await site.BuildOkAsync();
        var citations = Body(site).QuerySelectorAll("span.citation").Select(c => c.TextContent).ToArray();
        Assert.Equal(["(Knuth, 1984, p. 3)", "(see Jang et al., 2017, Chapter 2)"], citations);
    }
}
