using Blog.Diagnostics;
using Blog.Tests.Support;

namespace Blog.Tests.CrossReferences;

/// <summary>
/// A fenced div whose closing <c>:::</c> is missing runs to the end of the file, as in Pandoc, and the
/// build warns at its opening fence (file, line, column) instead of swallowing the rest silently.
/// </summary>
public sealed class UnclosedDivTests
{
    private static string Post(string body) => $"---\ntitle: 未闭合\ndate: 2024-01-01\n---\n{body}";

    public static TheoryData<string, int, int> Cases() => new()
    {
        // body, line of the unclosed fence in the file, its column
        { "正文。\n\n::: {#thm-a}\n定理。\n\n后面的段落。\n", 7, 1 },
        { "::: {.proof}\n证明。\n", 5, 1 },
        // The inner div is closed by the only fence; the outer one is left open.
        { "::: {.callout-note}\n外层\n\n  ::: {#lem-b}\n  内层\n  :::\n", 5, 1 },
        // Inside a list item the fence starts at column 4.
        { "- 项目\n\n   ::: {.remark}\n   注记\n", 7, 4 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_unclosed_fence_is_a_warning_at_its_opening_line(string body, int line, int column)
    {
        using var site = TestSite.Empty().WriteFile("input/posts/open.md", Post(body));
        var result = await site.BuildOkAsync();
        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains(":::"));
        Assert.Equal((Severity.Warning, "input/posts/open.md", line, column), (warning.Severity, warning.File, warning.Line, warning.Column));
        Assert.Contains("never closed", warning.Message);
        Assert.NotNull(warning.Hint);
    }

    [Fact]
    public async Task Closed_fences_give_no_warning()
    {
        using var site = TestSite.Empty().WriteFile("input/posts/ok.md",
            Post("::: {#thm-a}\n::: {.remark}\n内\n:::\n:::\n\n```\n:::\n```\n"));
        var result = await site.BuildOkAsync();
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains(":::"));
    }
}
