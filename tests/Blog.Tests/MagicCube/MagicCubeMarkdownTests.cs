using Blog.Content;
using Blog.Diagnostics;
using Blog.Markup;
using Blog.Pipelines;

namespace Blog.Tests.MagicCube;

/// <summary>The ```magic-cube Markdown block: golden HTML, and diagnostics at lines of the Markdown file.</summary>
public class MagicCubeMarkdownTests
{
    private static readonly string GoldenFolder = Path.Combine(AppContext.BaseDirectory, "MagicCube", "Golden");

    public static TheoryData<string> GoldenCases() =>
        new(Directory.GetFiles(GoldenFolder, "*.md").Select(Path.GetFileNameWithoutExtension).Order()!);

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void Renders_like_the_golden_file(string name)
    {
        string markdown = File.ReadAllText(Path.Combine(GoldenFolder, name + ".md"));
        string html = Markdig.Markdown.ToHtml(markdown, MarkdownSetup.Create());
        string goldenPath = Path.Combine(GoldenFolder, name + ".html");
        if (Environment.GetEnvironmentVariable("BLOG_UPDATE_GOLDEN") == "1")
        {
            // Writes into the source tree (bin/../../../..) so the new golden file can be reviewed.
            File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "../../../MagicCube/Golden", name + ".html"), html);
            return;
        }
        Assert.True(File.Exists(goldenPath), $"no golden file {name}.html (run with BLOG_UPDATE_GOLDEN=1 and review it)");
        Assert.Equal(File.ReadAllText(goldenPath), html);
    }

    [Fact]
    public void Seed_block_draws_the_seed_array_as_display_math_with_a_verdict()
    {
        string html = Markdig.Markdown.ToHtml(File.ReadAllText(Path.Combine(GoldenFolder, "seed-cube.md")), MarkdownSetup.Create());
        Assert.Contains("<div class=\"math display\" data-line=\"3\">\\[\\require{html}", html);
        var math = System.Net.WebUtility.HtmlDecode(html[html.IndexOf("\\[", StringComparison.Ordinal)..html.IndexOf("\\]", StringComparison.Ordinal)]);
        Assert.Equal(ArrayGrid.Parse(SeedCube.Array()), ArrayGrid.Parse(math));
        Assert.Contains("<p class=\"magic-cube-verdict not-magic\">不是幻立方（3 阶，幻和 42）：8、22 重复；缺少 10、20；", html);
    }

    [Fact]
    public void Bad_cube_is_a_diagnostic_at_its_line_in_the_markdown_file()
    {
        // Front matter takes lines 1-4, so the body starts at line 5; the fence is at line 7.
        string body = "Text.\n\n```magic-cube\n1 2\n3 x\n\n5 6\n7 8\n```\n";
        var diagnostics = Render(body, bodyStartLine: 5, out string html);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("input/posts/cube.md", 9, 3, Severity.Error), (error.File, error.Line, error.Column, error.Severity));
        Assert.Contains("'x' is not an integer", error.Message);
        Assert.Contains("<pre class=\"magic-cube-error\"><code>1 2\n3 x", html);
    }

    [Fact]
    public void Indented_fence_keeps_columns_of_the_file()
    {
        var diagnostics = Render("  ```magic-cube\n  1 2 3\n  4 5\n  ```\n", bodyStartLine: 1, out _);
        Assert.Contains(diagnostics, d => d.Line == 3 && d.Column == 6);
    }

    [Theory]
    [InlineData("construct: 6", 2, 12, "order 6 is not supported")]
    [InlineData("construct: six", 2, 12, "'six' is not an order")]
    [InlineData("construct: 20", 2, 1, "too large to draw")]
    public void Bad_construct_line_is_a_diagnostic(string line, int fileLine, int column, string message)
    {
        var error = Assert.Single(Render($"```magic-cube\n{line}\n```\n", bodyStartLine: 1, out _));
        Assert.Equal((fileLine, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Unknown_style_is_a_diagnostic_at_the_fence()
    {
        var error = Assert.Single(Render("\n```magic-cube fancy\nconstruct: 3\n```\n", bodyStartLine: 1, out _));
        Assert.Equal(2, error.Line);
        Assert.Contains("unknown style 'fancy'", error.Message);
    }

    private static IReadOnlyList<Diagnostic> Render(string body, int bodyStartLine, out string html)
    {
        var entry = new Entry
        {
            Kind = EntryKind.Post, SourceFile = "input/posts/cube.md", Title = "t", Slug = "cube", BodyStartLine = bodyStartLine,
        };
        var document = new Document { Source = entry.SourceFile, Content = body }.With(BlogKeys.Entry, entry);
        var context = new PipelineContext(new DiagnosticBag());
        var pipeline = MarkdownSetup.Create();
        var parsed = new ParseMarkdown(pipeline).ExecuteAsync([document], context).GetAwaiter().GetResult();
        var output = new RenderMarkdown(pipeline).ExecuteAsync(parsed, context).GetAwaiter().GetResult();
        html = output.Single().Get<string>(BlogKeys.Html) ?? "";
        return context.Diagnostics.All;
    }
}
