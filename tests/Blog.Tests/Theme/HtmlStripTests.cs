using Blog.Tests.Support;

namespace Blog.Tests.Theme;

/// <summary>
/// <c>html.strip</c> on HTML that holds formulas gives their TeX as text, the same in build mode (where
/// each typeset formula is a placeholder comment until the page is written, which Scriban's own strip
/// would drop with the formula) as in client mode (where the TeX is the element's text).
/// </summary>
public sealed class HtmlStripTests
{
    private const string Marker = "STRIPPED:";

    private static async Task<string> StrippedAsync(string render, string body, string field)
    {
        using var site = TestSite.Empty();
        site.Settings(s => s["math"]!["render"] = render);
        site.WriteFile("input/posts/t.md", $"---\ntitle: 题 $a$\ndate: 2024-01-02\nslug: t\nsummary: 摘要 $\\beta$ 与 $a<b$\n---\n\n{body}\n");
        var layout = site.EjectThemeFile("layouts/post.sbn-html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("{{ page.content_html }}",
            $"{{{{ page.content_html }}}}<pre id=\"stripped\">{Marker}{{{{ page.{field} | html.strip }}}}</pre>", StringComparison.Ordinal));
        await site.BuildOkAsync();
        return site.Html("2024/01/t/").QuerySelector("#stripped")!.InnerHtml;
    }

    public static TheoryData<string, string> Inputs => new()
    {
        { "行内 $x^2$ 与 $y$。", "content_html" },
        { "有撇号 $f'(x)$、小于 $a<b$、与号 $\\{x \\mid x>0\\} \\cap A$ 和引号 $\\text{\"q\"}$。", "content_html" },
        { "陈列\n\n$$\\int_0^1 x\\,dx = \\frac{1}{2}$$\n\n带编号\n\n\\begin{equation}\\label{eq:a}E=mc^2\\end{equation}\n\n见 $\\eqref{eq:a}$。", "content_html" },
        { "正文 $z$。", "title_html" },
        { "正文 $z$。", "summary_html" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Build_mode_strips_to_the_same_text_as_client_mode_with_every_formulas_tex(string body, string field)
    {
        var client = await StrippedAsync("client", body, field);
        var build = await StrippedAsync("build", body, field);
        Assert.Equal(client, build);
        Assert.StartsWith(Marker, build);
        Assert.DoesNotContain("<!--", build);
        Assert.DoesNotContain("mjx", build);
        Assert.Matches(@"\\\(|\\\[|\\begin", build); // the TeX with its delimiters is there
    }
}
