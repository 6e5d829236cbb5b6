using System.Text.RegularExpressions;
using Blog.Markup.Formulas;
using Blog.Tests.Support;

namespace Blog.Tests.Markdown;

/// <summary>
/// Bare environments: our list is exactly the environments MathJax's TeX packages define, and each
/// stands as display math at paragraph level with its <c>\\</c> intact. Display math inside a
/// paragraph keeps the paragraph whole, so the excerpt on the home page is the whole sentence.
/// </summary>
public sealed partial class MathEnvironmentTests
{
    /// <summary>The environment names of every environment map in MathJax's TeX input (the core bundle and each extension).</summary>
    private static SortedSet<string> MathJaxEnvironments()
    {
        var folder = Path.Combine(TestSite.RepoRoot, "node_modules", "mathjax");
        var files = Directory.GetFiles(Path.Combine(folder, "input", "tex", "extensions"), "*.js").Append(Path.Combine(folder, "tex-chtml.js"));
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var js = File.ReadAllText(file);
            foreach (Match map in EnvironmentMap().Matches(js))
                names.UnionWith(TopLevelKeys(js, map.Index + map.Length - 1));
        }
        return names;
    }

    /// <summary>The keys at the top level of the JavaScript object literal that opens at <paramref name="open"/>.</summary>
    private static IEnumerable<string> TopLevelKeys(string js, int open)
    {
        var depth = 0;
        var expectKey = true;
        for (var i = open; i < js.Length; i++)
        {
            var c = js[i];
            if (c is '{' or '[' or '(') depth++;
            else if (c is '}' or ']' or ')') { if (--depth == 0) yield break; }
            else if (c == '"')
            {
                var end = js.IndexOf('"', i + 1);
                if (depth == 1 && expectKey) { yield return js[(i + 1)..end]; expectKey = false; }
                i = end;
            }
            else if (depth == 1 && c == ',') expectKey = true;
            else if (depth == 1 && expectKey && (char.IsAsciiLetter(c) || c == '_'))
            {
                var end = i;
                while (end < js.Length && (char.IsAsciiLetterOrDigit(js[end]) || js[end] == '_')) end++;
                yield return js[i..end];
                expectKey = false;
                i = end - 1;
            }
        }
    }

    [Fact]
    public void The_environment_list_is_every_environment_MathJax_defines()
    {
        var mathJax = MathJaxEnvironments();
        Assert.True(mathJax.Count > 60, $"found only {mathJax.Count} environments: the MathJax files changed shape");
        Assert.Equal(mathJax, new SortedSet<string>(TexScanner.DisplayEnvironments, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("matrix")] [InlineData("pmatrix")] [InlineData("bmatrix")] [InlineData("vmatrix")] [InlineData("Vmatrix")]
    [InlineData("cases")] [InlineData("aligned")] [InlineData("gathered")] [InlineData("split")] [InlineData("CD")]
    [InlineData("eqnarray*")] [InlineData("smallmatrix")] [InlineData("rcases")] [InlineData("pmatrix*")]
    public void Each_environment_stands_as_display_math_between_Chinese_paragraphs(string env)
    {
        var markdown = $"前文\n\\begin{{{env}}}\na \\\\\n- b\n\\end{{{env}}}\n后文。\n";
        var html = TestSite.ParseHtml(MathGoldenTests.Render(markdown));
        var math = Assert.Single(html.QuerySelectorAll(".math"));
        Assert.Equal("DIV", math.TagName);
        Assert.Equal($"\\begin{{{env}}}\na \\\\\n- b\n\\end{{{env}}}", math.TextContent);
        // The paragraph before a bare environment ends in a line break (for the search index), which is not drawn.
        Assert.Equal(["前文", "后文。"], html.QuerySelectorAll("p").Select(p => p.TextContent.TrimEnd()));
    }

    [Fact]
    public void An_unknown_environment_stays_text()
    {
        var html = TestSite.ParseHtml(MathGoldenTests.Render("前文\n\\begin{tabular}\na\n\\end{tabular}\n后文。\n"));
        Assert.Empty(html.QuerySelectorAll(".math"));
    }

    [Fact]
    public async Task The_excerpt_and_description_of_a_paragraph_with_display_math_are_the_whole_sentence()
    {
        using var site = TestSite.Empty();
        site.WriteFile("input/posts/lin.md", "---\ntitle: 线性方程组\ndate: 2020-01-01\n---\n设方程组为\n$$\nAx=b\n$$\n其中系数矩阵可逆，于是解唯一。\n\n第二段。\n");
        await site.BuildOkAsync();
        var excerpt = site.Html("").QuerySelector(".post-summary .excerpt")!;
        var paragraph = Assert.Single(excerpt.QuerySelectorAll("p"));
        Assert.Contains("设方程组为", paragraph.TextContent);
        Assert.Contains("其中系数矩阵可逆，于是解唯一。", paragraph.TextContent);
        Assert.NotNull(paragraph.QuerySelector(".math.display"));
        Assert.DoesNotContain("第二段", excerpt.TextContent);
        var description = site.Html("2020/01/lin/").QuerySelector("meta[name=description]")!.GetAttribute("content")!;
        Assert.Contains("其中系数矩阵可逆", description);
    }

    [GeneratedRegex(@"new \w+\(""[^""]+"",\w+\.environment,\{")]
    private static partial Regex EnvironmentMap();
}
