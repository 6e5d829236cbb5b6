using Blog.Tests.CrossReferences;

namespace Blog.Tests.Parity;

/// <summary>
/// Quarto's equation syntax (https://quarto.org/docs/authoring/cross-references.html#equations):
/// display math followed by <c>{#eq-id}</c> is a numbered equation, and <c>@eq-id</c> refers to it, in
/// both math modes. The label may follow the closing <c>$$</c> on the formula's own line or on a line
/// of its own, and <c>\[ … \]</c> takes one too.
/// </summary>
public sealed class QuartoEquationTests
{
    public static TheoryData<string, string> Forms => new()
    {
        { "build", "$$\nE = mc^2\n$$ {#eq-energy}" },
        { "client", "$$\nE = mc^2\n$$ {#eq-energy}" },
        { "build", "$$E = mc^2$$ {#eq-energy}" },
        { "client", "$$E = mc^2$$ {#eq-energy}" },
        { "build", "\\[ E = mc^2 \\] {#eq-energy}" },
        { "client", "$$ E = mc^2 $$   { #eq-energy }" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task A_labelled_display_formula_is_numbered_and_referred_to(string mode, string formula)
    {
        using var site = XrefSite.Create(language: "en", settings: s => s["math"]!["render"] = mode);
        site.WriteFile("input/posts/eq.md", XrefSite.Post("Equations", "eq",
            $"\\begin{{equation}}\na = b \\label{{eq-first}}\n\\end{{equation}}\n\n{formula}\n\nSee @eq-energy and [-@eq-energy].\n"));
        await site.BuildOkAsync();

        var body = XrefSite.Body(site, "eq");
        Assert.Equal([("Equation (2)", "#mjx-eqn:eq-energy"), ("(2)", "#mjx-eqn:eq-energy")],
            body.QuerySelectorAll("a.xref").Select(a => (a.TextContent, a.GetAttribute("href"))).ToArray());
        Assert.DoesNotContain("{#eq-energy}", body.TextContent);
        Assert.DoesNotContain("{ #eq-energy }", body.TextContent);
        if (mode == "build")
        {
            var tag = site.Html("2020/01/eq/index.html").GetElementById("mjx-eqn:eq-energy");
            Assert.True(tag is not null, "MathJax wrote no anchor for the label");
            Assert.Equal("(2)", tag.TextContent.Trim());
        }
        else
        {
            // MathJax numbers it in the browser: the TeX it reads is an equation environment with the label.
            var tex = body.QuerySelectorAll(".math.display").Last().TextContent;
            Assert.Contains("\\begin{equation}", tex);
            Assert.Contains("\\label{eq-energy}\\end{equation}", tex);
        }
    }

    [Fact]
    public async Task Text_after_a_formula_that_is_not_a_label_stays_text()
    {
        using var site = XrefSite.Create(language: "en");
        site.WriteFile("input/posts/eq.md", XrefSite.Post("Equations", "eq", "$$\nx\n$$ {#eq-a} and more\n\nDone.\n"));
        await site.BuildOkAsync();
        Assert.Contains("{#eq-a} and more", XrefSite.Body(site, "eq").TextContent);
    }
}
