using Blog.Tests.Support;

namespace Blog.Tests.Citations;

/// <summary>
/// Citations are formatted on every page whatever its math: in build mode the page is rendered again
/// to put its typeset formulas in, and that must not undo the formatted citations (it did, silently,
/// on every post with a formula).
/// </summary>
public sealed class CitationsWithMathTests
{
    public static TheoryData<string, string> Pages => new()
    {
        { "build", "" },
        { "build", "另一段 $x$。" },
        { "build", "同一段里 $x^2$ 也有公式。" },
        { "build", "$$\\int_0^1 x\\,dx$$" },
        { "build", "\\begin{equation}\\label{eq:a}E=mc^2\\end{equation}\n\n见 $\\eqref{eq:a}$。" },
        { "client", "另一段 $x$。" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_cited_work_is_formatted_with_its_bibliography_whatever_math_the_page_holds(string render, string math)
    {
        using var site = TestSite.Empty();
        File.Copy(Path.Combine(TestSite.SampleFixture, "input", "references.bib"), Path.Combine(site.Root, "input", "references.bib"));
        site.Settings(s =>
        {
            s["math"]!["render"] = render;
            s["bibliography"] = new System.Text.Json.Nodes.JsonArray("references.bib");
        });
        site.WriteFile("input/posts/c.md", $"---\ntitle: 引用\ndate: 2020-01-01\nslug: c\n---\n\n见 [@ma2020hsic]。\n\n{math}\n");
        await site.BuildOkAsync();

        var page = site.Html("2020/01/c/");
        Assert.Equal(["ref-ma2020hsic"], page.QuerySelectorAll(".csl-entry").Select(e => e.Id!));
        Assert.DoesNotContain("[@ma2020hsic]", page.QuerySelector(".post-body")!.TextContent);
        Assert.DoesNotContain("[@ma2020hsic]", site.ReadOutput("atom.xml"));
    }
}
