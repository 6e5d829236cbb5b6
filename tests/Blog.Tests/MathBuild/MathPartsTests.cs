using Blog.Typesetting;

namespace Blog.Tests.MathBuild;

/// <summary>The small pieces: finding math elements, merging stylesheets, cache keys.</summary>
public sealed class MathPartsTests
{
    [Fact]
    public void Finds_our_math_elements_and_replaces_only_their_content()
    {
        const string html = "<p>a <span class=\"math inline\" data-line=\"3\">\\(x&lt;y\\)</span> b</p>\n" +
                            "<div class=\"math display\" data-line=\"5\">\\begin{align}a&amp;=b\\end{align}</div>\n<code>\\(z\\)</code>";
        var found = MathElements.Find(html);
        Assert.Equal(2, found.Count);
        Assert.Equal(new Formula("\\(x<y\\)", false), found[0].Formula);
        Assert.Equal(new Formula("\\begin{align}a&=b\\end{align}", true), found[1].Formula);
        Assert.Equal([3, 5], found.Select(f => f.Line));
        var replaced = MathElements.Replace(html, found, f => $"<m{f.Line}/>");
        Assert.Equal("<p>a <span class=\"math inline\" data-line=\"3\" data-tex=\"\\(x&lt;y\\)\" data-pagefind-index-attrs=\"data-tex\"><m3/></span> b</p>\n" +
                     "<div class=\"math display\" data-line=\"5\" data-tex=\"\\begin{align}a&amp;=b\\end{align}\" data-pagefind-index-attrs=\"data-tex\"><m5/></div>\n<code>\\(z\\)</code>", replaced);
    }

    [Fact]
    public void Stylesheets_merge_rule_by_rule_in_mathjax_order()
    {
        var merged = MathStylesheet.Merge(["a {\n  x: 1;\n}\n\nc {\n  z: 3;\n}", "a {\n  x: 1;\n}\n\nb {\n  y: 2;\n}\n\nc {\n  z: 3;\n}"]);
        Assert.Equal("a {\n  x: 1;\n}\n\nb {\n  y: 2;\n}\n\nc {\n  z: 3;\n}\n", merged);
    }

    [Fact]
    public void The_cache_key_depends_on_every_formula_in_order_and_the_stamp()
    {
        var cache = new TypesetCache(Path.GetTempPath(), "stamp");
        var page = new[] { new Formula("\\(a\\)", false), new Formula("\\[b\\]", true) };
        var key = cache.Key(page);
        Assert.Equal(key, cache.Key([new("\\(a\\)", false), new("\\[b\\]", true)]));
        Assert.NotEqual(key, cache.Key([page[1], page[0]])); // numbering follows the order
        Assert.NotEqual(key, cache.Key([page[0], page[1] with { Display = false }]));
        Assert.NotEqual(key, new TypesetCache(Path.GetTempPath(), "other version").Key(page));
    }
}
