using Blog.Site.LinkCheck;

namespace Blog.Tests.Publishing;

/// <summary>What the link checker reads from a page.</summary>
public sealed class HtmlScanTests
{
    [Fact]
    public void It_finds_ids_every_kind_of_url_and_the_markdown_line_of_each()
    {
        var scan = HtmlScan.Of("""
            <html><head>
            <link rel="stylesheet" href="/repo/a.css"><link rel="preconnect" href="https://cdn.example">
            <meta property="og:url" content="https://u.github.io/repo/x/"><meta name="twitter:image" content="/repo/i.png">
            <script>window.MathJax = {"loader":{"paths":{"fonts":"/repo/assets/mathjax/fonts","x":"[mathjax]/y"}}};</script>
            </head><body>
            <h2 id="节">节</h2><a name="old"></a>
            <p><a href="/repo/p/" data-line="12">p</a> <img src="/repo/f.png" srcset="/repo/f.png 1x, /repo/f2.png 2x" data-line="13"></p>
            <video src="/repo/v.mp4" poster="/repo/v.jpg"></video>
            </body></html>
            """);
        Assert.Equal(["old", "节"], scan.Ids.Order(StringComparer.Ordinal));
        var urls = scan.Links.Select(l => (l.Url, l.Line, l.IsFolder)).ToList();
        Assert.Contains(("/repo/a.css", 0, false), urls);
        Assert.DoesNotContain(urls, u => u.Url.Contains("cdn.example"));
        Assert.Contains(("https://u.github.io/repo/x/", 0, false), urls);
        Assert.Contains(("/repo/i.png", 0, false), urls);
        Assert.Contains(("/repo/assets/mathjax/fonts/", 0, true), urls);
        Assert.DoesNotContain(urls, u => u.Url.StartsWith("[mathjax]"));
        Assert.Contains(("/repo/p/", 12, false), urls);
        Assert.Contains(("/repo/f2.png", 13, false), urls);
        Assert.Equal(2, urls.Count(u => u.Url == "/repo/f.png"));
        Assert.Contains(("/repo/v.jpg", 0, false), urls);
    }

    [Fact]
    public void It_reads_the_tex_of_client_side_and_build_time_math()
    {
        var scan = HtmlScan.Of("""
            <span class="math inline" data-line="4">\(\eqref{eq:a}\)</span>
            <div class="math display" data-line="6"><mjx-container><mjx-math data-latex="x \label{eq:a}"><mjx-mi>x</mjx-mi></mjx-math></mjx-container></div>
            """);
        Assert.Equal([(@"\(\eqref{eq:a}\)", 4), (@"x \label{eq:a}", 6)], scan.Math.Select(m => (m.Tex, m.Line)));
        Assert.Empty(EquationLabels.Check(scan.Math));
        Assert.Single(EquationLabels.Check([scan.Math[0]]));
    }
}
