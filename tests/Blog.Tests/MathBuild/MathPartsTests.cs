using Blog.Typesetting;

namespace Blog.Tests.MathBuild;

/// <summary>The small pieces: style usage of the site's stylesheet, cache keys.</summary>
public sealed class MathPartsTests
{
    private static StyleUsage Usage(string wrappers, string chars, string delims) => new(
        System.Text.Json.JsonDocument.Parse(wrappers).RootElement.EnumerateArray().ToList(),
        System.Text.Json.JsonDocument.Parse(chars).RootElement.EnumerateArray().ToList(),
        System.Text.Json.JsonDocument.Parse(delims).RootElement.EnumerateArray().ToList());

    [Fact]
    public void Style_usages_join_in_order_each_item_at_its_first_place()
    {
        var union = StyleUsage.Union([
            Usage("""["math","mi"]""", """[["normal",120],["italic",120]]""", "[40]"),
            Usage("""["mi","mfrac","math"]""", """[["italic",120],["normal",49]]""", "[41,40]"),
        ]);
        Assert.Equal("""["math","mi","mfrac"]""", System.Text.Json.JsonSerializer.Serialize(union.Wrappers));
        Assert.Equal("""[["normal",120],["italic",120],["normal",49]]""", System.Text.Json.JsonSerializer.Serialize(union.Chars));
        Assert.Equal("[40,41]", System.Text.Json.JsonSerializer.Serialize(union.Delims));
        Assert.NotEqual(union.Fingerprint(), StyleUsage.Union([union, Usage("[]", """[["bold",65]]""", "[]")]).Fingerprint());
        Assert.Equal(union.Fingerprint(), StyleUsage.Union([union, union]).Fingerprint());
    }

    [Fact]
    public void A_formula_key_depends_on_the_tex_the_display_mode_and_the_stamp()
    {
        var cache = new TypesetCache(Path.GetTempPath(), "stamp");
        var key = cache.FormulaKey(new("\\(x\\)", false));
        Assert.Equal(key, cache.FormulaKey(new("\\(x\\)", false)));
        Assert.NotEqual(key, cache.FormulaKey(new("\\(x\\)", true)));
        Assert.NotEqual(key, cache.FormulaKey(new("\\(y\\)", false)));
        Assert.NotEqual(key, new TypesetCache(Path.GetTempPath(), "other macros").FormulaKey(new("\\(x\\)", false)));
        Assert.NotEqual(key, cache.Key([new("\\(x\\)", false)])); // a page's numbered formulas are another entry
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
