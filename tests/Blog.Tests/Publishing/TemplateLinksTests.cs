using Blog.Site.LinkCheck;

namespace Blog.Tests.Publishing;

/// <summary>What the link checker reads from the theme's output (the Markdown's links come from its renderers' records).</summary>
public sealed class TemplateLinksTests
{
    [Fact]
    public void It_finds_ids_and_every_kind_of_url()
    {
        var (ids, links) = TemplateLinks.Scan("""
            <html><head>
            <link rel="stylesheet" href="/repo/a.css"><link rel="preconnect" href="https://cdn.example">
            <meta property="og:url" content="https://u.github.io/repo/x/"><meta name="twitter:image" content="/repo/i.png">
            <script>window.MathJax = {"loader":{"paths":{"fonts":"/repo/assets/mathjax/fonts","x":"[mathjax]/y"}}};</script>
            </head><body>
            <h2 id="节">节</h2><a name="old"></a>
            <p><a href="/repo/p/">p</a> <img src="/repo/f.png" srcset="/repo/f.png 1x, /repo/f2.png 2x"></p>
            <video src="/repo/v.mp4" poster="/repo/v.jpg"></video>
            </body></html>
            """, inTemplate: true);
        Assert.Equal(["old", "节"], ids.Order(StringComparer.Ordinal));
        Assert.All(links, l => Assert.True(l.InTemplate));
        var urls = links.Select(l => (l.Url, l.IsFolder)).ToList();
        Assert.Contains(("/repo/a.css", false), urls);
        Assert.DoesNotContain(urls, u => u.Url.Contains("cdn.example"));
        Assert.Contains(("https://u.github.io/repo/x/", false), urls);
        Assert.Contains(("/repo/i.png", false), urls);
        Assert.Contains(("/repo/assets/mathjax/fonts/", true), urls);
        Assert.DoesNotContain(urls, u => u.Url.StartsWith("[mathjax]"));
        Assert.Contains(("/repo/p/", false), urls);
        Assert.Contains(("/repo/f2.png", false), urls);
        Assert.Equal(2, urls.Count(u => u.Url == "/repo/f.png"));
        Assert.Contains(("/repo/v.jpg", false), urls);
    }

    /// <summary>Text that only looks like a tag (in a script, a style, a title, a template's content) holds no link.</summary>
    [Theory]
    [InlineData("<script>var s = '<a href=\"/not-a-link/\">';</script><a href=\"/real/\">x</a>", "/real/")]
    [InlineData("<style>a::after { content: '<img src=/no.png>'; }</style><img src=\"/real/\">", "/real/")]
    [InlineData("<title>a <a href=\"/no/\"> b</title><p><a href=\"/real/\">x</a>", "/real/")]
    [InlineData("<template><a href=\"/inside-template/\" id=\"t\">x</a></template><a href=\"/real/\">y</a>", "/real/")]
    [InlineData("<noscript><a href=\"/real/\">n</a></noscript><link rel=\"dns-prefetch preconnect\" href=\"https://cdn.example\">", "/real/")]
    public void Text_that_looks_like_a_tag_is_no_link(string html, string only)
    {
        var (ids, links) = TemplateLinks.Scan(html, inTemplate: false);
        Assert.Equal([only], links.Select(l => l.Url));
        Assert.DoesNotContain("t", ids);
    }

    [Fact]
    public void Equation_labels_and_references_are_checked_from_the_tex()
    {
        MathSource[] math = [new(@"\(\eqref{eq:a}\)", 4), new(@"x \label{eq:a}", 6)];
        Assert.Empty(EquationLabels.Check(math));
        Assert.Single(EquationLabels.Check([math[0]]));
    }
}
