using Blog.Content;
using Blog.Diagnostics;

namespace Blog.Tests.Safety;

/// <summary>
/// Issue 18.3: a YAML alias bomb in front matter ("billion laughs": each level names the one
/// before nine times) is refused while it is parsed, at the line of the alias that crosses the
/// limit, instead of taking minutes and gigabytes or ending in OutOfMemoryException.
/// </summary>
public sealed class YamlAliasTests
{
    /// <summary>Front matter whose first level is nine strings and each next level nine aliases of the one before.</summary>
    private static string Bomb(int levels)
    {
        var lines = new List<string> { "---", "title: 炸弹", "date: 2020-01-01" };
        lines.Add("l0: &l0 [" + string.Join(", ", Enumerable.Repeat("\"lol\"", 9)) + "]");
        for (var i = 1; i < levels; i++)
            lines.Add($"l{i}: &l{i} [" + string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 9)) + "]");
        lines.Add("---");
        lines.Add("正文。");
        return string.Join('\n', lines) + "\n";
    }

    [Theory]
    [InlineData(9)]
    [InlineData(10)]
    public void A_nested_alias_bomb_is_an_error_at_an_alias_line(int levels)
    {
        var text = Bomb(levels);
        var e = Assert.Throws<DiagnosticException>(() => FrontMatterParser.Parse("input/posts/bomb.md", text));
        var line = text.Split('\n')[e.Diagnostic.Line - 1];
        Assert.Contains("*l", line);
        Assert.Contains("limits.yamlNodes", e.Diagnostic.Message);
        Assert.Equal("input/posts/bomb.md", e.Diagnostic.File);
    }

    [Fact]
    public void Too_many_aliases_is_an_error_at_the_first_alias_past_the_limit()
    {
        var text = "---\ntitle: 别名\ndate: 2020-01-01\nx: &x 1\n" + string.Concat(Enumerable.Range(0, 6).Select(i => $"y{i}: *x\n")) + "---\n正文\n";
        var e = Assert.Throws<DiagnosticException>(() => FrontMatterParser.Parse("p.md", text, new LimitSettings { YamlAliases = 5 }));
        Assert.Equal(10, e.Diagnostic.Line); // y5, the sixth alias
        Assert.Contains("limits.yamlAliases", e.Diagnostic.Message);
    }

    [Fact]
    public void Ordinary_aliases_still_work()
    {
        var text = "---\ntitle: &t 标题\ndate: 2020-01-01\nsubtitle: *t\ntags: &tags [a, b]\nkeywords: *tags\n---\n正文\n";
        var (front, _) = FrontMatterParser.Parse("p.md", text);
        Assert.Equal("标题", front.Values["subtitle"]);
        Assert.Equal(["a", "b"], Assert.IsType<List<object?>>(front.Values["keywords"]));
    }

    [Fact]
    public async Task A_bomb_in_a_site_fails_the_build_with_one_error()
    {
        using var site = SafetySite.New();
        site.WriteFile("input/posts/bomb.md", Bomb(10));
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("input/posts/bomb.md", error.File);
        Assert.True(error.Line > 3);
    }
}
