using Blog.Typesetting;

namespace Blog.Tests.MathBuild;

/// <summary>The small pieces: merging stylesheets, cache keys.</summary>
public sealed class MathPartsTests
{
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
