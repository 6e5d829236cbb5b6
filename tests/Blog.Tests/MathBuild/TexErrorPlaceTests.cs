using Blog.Diagnostics;
using Blog.Tests.Support;

namespace Blog.Tests.MathBuild;

/// <summary>
/// A TeX error (build mode) is reported at the formula's opening delimiter: its own line and column in
/// the Markdown file, also for a formula in mid-line, on a paragraph's later line, spanning lines, in a
/// list item or in a theorem's name.
/// </summary>
public sealed class TexErrorPlaceTests
{
    private static string Post(string body) => $"---\ntitle: 测试\ndate: 2020-01-01\nslug: p\n---\n\n{body}\n"; // the body starts on line 7

    private static async Task<(int Line, int Column)> PlaceOfError(string body)
    {
        using var site = TestSite.Empty().WriteFile("input/posts/p.md", Post(body));
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("\\frca", error.Message);
        return (error.Line, error.Column);
    }

    [Theory]
    [InlineData("一行 $\\frca{1}{2}$ 文字", 7, 4)]
    [InlineData("$x$ 和 $y$ 以及 \\(\\frca{1}{2}\\)", 7, 14)]
    [InlineData("第一行\n然后是 $\\frca{1}{2}$。", 8, 5)]
    [InlineData("文字 $\\frca{1}\n{2}$ 跨行", 7, 4)]
    [InlineData("- 项目\n\n  $$\n  \\frca{1}{2}\n  $$", 9, 3)]
    [InlineData("正文。\n\n::: {#thm-x name=\"关于 $\\frca{1}{2}$\"}\n内容。\n:::", 9, 22)]
    public async Task The_error_is_at_the_formulas_opening_delimiter(string body, int line, int column) =>
        Assert.Equal((line, column), await PlaceOfError(body));
}
