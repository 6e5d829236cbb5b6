namespace Blog.Tests.Compute;

/// <summary>Errors in compute code are reported at the Markdown file's line and column, with the line shown.</summary>
public sealed class SourceMappedErrorTests
{
    [Fact]
    public async Task Compile_error_names_the_markdown_line_and_column_and_the_compiler_code()
    {
        using var site = new ComputeSite().Post("x", "Text.\n\n```{csharp}\n//| echo: false\nvar a = 1;\nvar b = a + n;\n```\n");
        var error = ComputeSite.SingleError(await site.BuildAsync());
        var (line, column) = site.Find("x", "n;");
        Assert.Equal("input/posts/x.md", error.File);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal("CS0103", error.Code);
        Assert.StartsWith($"input/posts/x.md({line},{column}): error CS0103: The name 'n' does not exist", error.ToString());
        Assert.Contains($"{line} | var b = a + n;", error.Message);
    }

    [Fact]
    public async Task Runtime_exception_names_the_line_of_the_throwing_statement()
    {
        using var site = new ComputeSite().Post("x", "```{csharp}\nvar xs = new int[2];\nvar i = 5;\nvar y = xs[i];\n```\n");
        var error = ComputeSite.SingleError(await site.BuildAsync());
        Assert.Equal(site.Find("x", "var y = xs[i];").Line, error.Line);
        Assert.Contains("IndexOutOfRangeException", error.Message);
    }

    [Fact]
    public async Task Inline_expression_error_points_into_the_running_text()
    {
        using var site = new ComputeSite().Post("x", "```{csharp}\nvar k = 2;\n```\n\n值是 `{csharp} k + m` 吧。\n");
        var error = ComputeSite.SingleError(await site.BuildAsync());
        var (line, column) = site.Find("x", "m` 吧");
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal("CS0103", error.Code);
    }

    [Fact]
    public async Task A_failing_check_fails_the_build_at_its_line()
    {
        using var site = new ComputeSite().Post("x", "```{csharp}\nvar p = 0.3;\nCheck(p > 0.5, \"p 应大于一半\");\n```\n");
        var error = ComputeSite.SingleError(await site.BuildAsync());
        Assert.Equal(site.Find("x", "Check(").Line, error.Line);
        Assert.Contains("Check failed: p 应大于一半", error.Message);
    }

    [Fact]
    public async Task Error_true_shows_the_exception_in_the_page_and_the_page_goes_on()
    {
        using var site = new ComputeSite().Post("x",
            "```{csharp}\n//| error: true\nvar before = 7;\nthrow new InvalidOperationException(\"故意的\");\n```\n\n后来 `{csharp} before * 2`。\n");
        await site.BuildOkAsync();
        var page = site.Site.Html("2020/01/x/");
        Assert.Contains("InvalidOperationException: 故意的", page.QuerySelector("pre.compute-error")!.TextContent);
        Assert.Equal("14", page.QuerySelector(".compute-value")!.TextContent);
    }

    [Fact]
    public async Task Error_expected_requires_an_exception()
    {
        using var site = new ComputeSite().Post("x", "```{csharp}\n//| error: expected\nint.Parse(\"abc\")\n```\n");
        await site.BuildOkAsync();
        Assert.Contains("FormatException", site.Site.Html("2020/01/x/").QuerySelector("pre.compute-error")!.TextContent);

        site.Post("x", "```{csharp}\n//| error: expected\nint.Parse(\"12\")\n```\n");
        var error = ComputeSite.SingleError(await site.BuildAsync());
        Assert.Contains("error: expected but ran without an exception", error.Message);
    }

    [Fact]
    public async Task Unknown_option_is_reported_at_its_line()
    {
        using var site = new ComputeSite().Post("x", "```{csharp}\n//| ech: false\n1\n```\n");
        var error = ComputeSite.SingleError(await site.BuildAsync());
        Assert.Equal(site.Find("x", "//| ech").Line, error.Line);
        Assert.Contains("Unknown block option 'ech'", error.Message);
    }

    [Fact]
    public async Task Reference_to_a_missing_label_is_an_error()
    {
        using var site = new ComputeSite().Post("x", "```{csharp}\n1\n```\n\n见@fig-nowhere。\n");
        var error = ComputeSite.SingleError(await site.BuildAsync());
        Assert.Equal(site.Find("x", "@fig-nowhere").Line, error.Line);
    }
}
