using Blog.Diagnostics;
using Blog.Tests.Support;

namespace Blog.Tests.Diagrams;

/// <summary>
/// Mistakes in ```tikz blocks fail the build at the Markdown file and the line inside the block that
/// TeX names, with TeX's message and a hint: a TeX error, an unknown package (listing those the engine
/// ships), a file the engine cannot read, Chinese text (the engine has no CJK font), a macro that never
/// ends (the timeout), a bad option; <c>"errors": "warn"</c> publishes the page with the error shown.
/// </summary>
public sealed class TikzErrorTests
{
    private static string Post(string name, string body) => $"""
        ---
        title: {name}
        date: 2024-02-01
        ---
        Text.

        ```tikz
        {body}
        ```
        """;

    // Line 7 of each post is the fence, line 8 the block's first line.
    [Fact]
    public async Task TeX_mistakes_fail_the_build_at_the_line_TeX_names_with_its_message()
    {
        using var site = TestSite.Empty()
            .WriteFile("input/posts/typo.md", Post("typo", "\\begin{tikzpicture}\n\\draw (0,0) -- (1,1);\n\\node {$\\frca{1}{2}$};\n\\end{tikzpicture}"))
            .WriteFile("input/posts/package.md", Post("package", "%| label: fig-p\n%| packages: tikz-cd, nosuchpackage\n\\begin{tikzpicture}\n\\draw (0,0) -- (1,1);\n\\end{tikzpicture}"))
            .WriteFile("input/posts/input.md", Post("input", "\\begin{tikzpicture}\n\\input{/etc/passwd}\n\\end{tikzpicture}"))
            .WriteFile("input/posts/chinese.md", Post("chinese", "\\begin{tikzpicture}\n\\node at (0,0) {A};\n\\node at (1,0) {中文};\n\\end{tikzpicture}"));
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        Diagnostic At(string post) => Assert.Single(result.Diagnostics, d => d.File.EndsWith(post + ".md", StringComparison.Ordinal));

        var typo = At("typo");
        Assert.Equal((Severity.Error, 10), (typo.Severity, typo.Line));
        Assert.Contains("Undefined control sequence", typo.Message);
        Assert.Contains("\\frca", typo.Message);
        Assert.Contains("errors", typo.Hint);

        var package = At("package");
        Assert.Equal(9, package.Line); // the packages: option
        Assert.Contains("'nosuchpackage'", package.Message);
        Assert.Contains("tikz-cd", package.Hint);
        Assert.Contains("pgfplots", package.Hint);
        Assert.Contains("circuitikz", package.Hint);

        var input = At("input");
        Assert.Equal(9, input.Line);
        Assert.Contains("/etc/passwd", input.Message);
        Assert.Contains("nothing of the site or the machine", input.Hint);

        var chinese = At("chinese");
        Assert.Equal(10, chinese.Line);
        Assert.Contains("'中'", chinese.Message);
        Assert.Contains("no CJK font", chinese.Message);
        Assert.False(site.OutputExists("index.html")); // a failed build writes nothing
    }

    [Fact]
    public async Task A_macro_that_never_ends_is_stopped_at_the_timeout_and_reported_at_the_block()
    {
        using var site = TestSite.Empty()
            .Settings(s => s["tikz"] = new System.Text.Json.Nodes.JsonObject { ["timeout"] = 3 })
            .WriteFile("input/posts/loop.md", Post("loop", "\\def\\a{\\a}\\a\n\\begin{tikzpicture}\\draw (0,0) -- (1,1);\\end{tikzpicture}"));
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith("loop.md", error.File);
        Assert.Equal(8, error.Line);
        Assert.Contains("within 3 s (tikz.timeout)", error.Message);
        Assert.Contains("\\def\\a{\\a}\\a", error.Hint);
    }

    /// <remarks>The same site holds a diagram larger than <c>tikz.inlineLimit</c>: an &lt;img&gt; of its file, not inline SVG.</remarks>
    [Fact]
    public async Task With_errors_warn_the_page_is_published_with_the_error_in_the_diagrams_place()
    {
        using var site = TestSite.Empty()
            .Settings(s => s["tikz"] = new System.Text.Json.Nodes.JsonObject { ["errors"] = "warn", ["inlineLimit"] = 100 })
            .WriteFile("input/posts/typo.md", Post("typo", "\\begin{tikzpicture}\n\\draw (0,0) -- (1,1);\n\\node {$\\frca{1}{2}$};\n\\end{tikzpicture}"))
            .WriteFile("input/posts/large.md", Post("large", "%| alt: a large circle\n\\begin{tikzpicture}\\draw (0,0) circle (2);\\end{tikzpicture}"));
        var result = await site.BuildOkAsync();
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, 10), (warning.Severity, warning.Line));
        var box = site.Html("2024/02/typo/index.html").QuerySelector("figure.tikz-figure pre.tikz-error");
        Assert.NotNull(box);
        Assert.Contains("Undefined control sequence", box!.TextContent);

        var large = site.Html("2024/02/large/index.html").QuerySelector(".tikz-diagram")!;
        Assert.Null(large.QuerySelector("svg"));
        var image = large.QuerySelector("img")!;
        Assert.Equal("a large circle", image.GetAttribute("alt"));
        Assert.StartsWith("<svg", site.ReadOutput("2024/02/large/" + image.GetAttribute("src")));
    }

    [Fact]
    public async Task Bad_options_are_errors_at_their_line_and_column()
    {
        using var site = TestSite.Empty()
            .WriteFile("input/posts/options.md", Post("options", "%| label: square\n%| width: wide\n%| colour: red\n\\begin{tikzpicture}\\draw (0,0) -- (1,1);\\end{tikzpicture}"));
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).OrderBy(d => d.Line).ToList();
        Assert.Equal([(8, 11), (9, 11), (10, 4)], errors.Select(e => (e.Line, e.Column)));
        Assert.Contains("must start with fig-", errors[0].Message);
        Assert.Contains("not a CSS length", errors[1].Message);
        Assert.Contains("Unknown tikz option 'colour'", errors[2].Message);
        Assert.Equal(0, result.Diagnostics.Count(d => d.Message.Contains("TeX")));
    }
}
