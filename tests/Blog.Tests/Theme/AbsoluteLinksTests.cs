using AngleSharp.Html.Parser;
using Blog.Theme;

namespace Blog.Tests.Theme;

/// <summary>
/// Relative URLs in HTML shown out of its page (feed, list excerpts) are rebased on the post's URL,
/// whatever the quoting and in every URL attribute a post can carry (read back with AngleSharp).
/// </summary>
public sealed class AbsoluteLinksTests
{
    private const string Page = "https://example.org/blog/2015/06/post/";

    private static string Attr(string html, string selector, string name) =>
        new HtmlParser().ParseDocument(html).QuerySelector(selector)!.GetAttribute(name)!;

    [Theory]
    [InlineData("<a href=\"/x/\">x</a>", "a", "href", "https://example.org/x/")]
    [InlineData("<a href='../y.png'>y</a>", "a", "href", "https://example.org/blog/2015/06/y.png")]
    [InlineData("<a href=rel.html>r</a>", "a", "href", "https://example.org/blog/2015/06/post/rel.html")]
    [InlineData("<a href=\"#fn:1\">1</a>", "a", "href", "https://example.org/blog/2015/06/post/#fn:1")]
    [InlineData("<img src='fig.png' alt=\"a 'q'\">", "img", "src", "https://example.org/blog/2015/06/post/fig.png")]
    [InlineData("<video poster='still.jpg' src=\"v.mp4\"></video>", "video", "poster", "https://example.org/blog/2015/06/post/still.jpg")]
    [InlineData("<object data=\"plot.svg\"></object>", "object", "data", "https://example.org/blog/2015/06/post/plot.svg")]
    [InlineData("<blockquote cite=\"/src/\">q</blockquote>", "blockquote", "cite", "https://example.org/src/")]
    [InlineData("<a href=\"/a?x=1&amp;y=2\">q</a>", "a", "href", "https://example.org/a?x=1&y=2")]
    public void Relative_urls_become_absolute_in_any_quoting(string html, string selector, string attribute, string expected) =>
        Assert.Equal(expected, Attr(AbsoluteLinks.Rewrite(html, Page), selector, attribute));

    [Theory]
    [InlineData("<a href=\"https://other.org/x\">x</a>")]
    [InlineData("<a href='mailto:me@example.org'>m</a>")]
    [InlineData("<img src=\"data:image/png;base64,AAAA\">")]
    [InlineData("<p data=\"rel\" title=\"/not-a-url\">text</p>")]
    [InlineData("plain text, no tags = none")]
    public void Absolute_urls_and_other_attributes_are_left_alone(string html) =>
        Assert.Equal(html, AbsoluteLinks.Rewrite(html, Page));

    [Fact]
    public void Every_srcset_candidate_is_rebased_with_its_descriptor()
    {
        var html = "<img srcset='a.png 1x, /b.png 2x,https://cdn.org/c.png 3x' src=\"a.png\">"
                 + "<picture><source srcset=\"w640.jpg 640w,w1280.jpg   1280w\"></picture>";
        var rewritten = AbsoluteLinks.Rewrite(html, Page);
        Assert.Equal("https://example.org/blog/2015/06/post/a.png 1x, https://example.org/b.png 2x, https://cdn.org/c.png 3x",
            Attr(rewritten, "img", "srcset"));
        Assert.Equal("https://example.org/blog/2015/06/post/w640.jpg 640w, https://example.org/blog/2015/06/post/w1280.jpg 1280w",
            Attr(rewritten, "source", "srcset"));
    }

    [Fact]
    public void Srcset_urls_with_commas_inside_and_no_descriptors_follow_the_html_standard()
    {
        var mapped = SrcSet.Map("a,b.png 1x,c.png,, d.png (x,y) 2x", u => "[" + u + "]");
        Assert.Equal("[a,b.png] 1x, [c.png], [d.png] (x,y) 2x", mapped);
    }

    [Fact]
    public void Svg_links_are_rebased_but_a_use_of_a_local_symbol_is_kept()
    {
        var html = "<svg><a href=\"/target/\"><text>t</text></a><image xlink:href=\"pic.png\"></image>"
                 + "<use href=\"#glyph\"></use><use xlink:href=\"#glyph2\"></use></svg>";
        var rewritten = AbsoluteLinks.Rewrite(html, Page);
        var document = new HtmlParser().ParseDocument(rewritten);
        Assert.Equal("https://example.org/target/", document.QuerySelector("svg a")!.GetAttribute("href"));
        Assert.Equal("https://example.org/blog/2015/06/post/pic.png",
            document.QuerySelector("image")!.GetAttribute("http://www.w3.org/1999/xlink", "href"));
        var uses = document.QuerySelectorAll("use").ToList();
        Assert.Equal("#glyph", uses[0].GetAttribute("href"));
        Assert.Equal("#glyph2", uses[1].GetAttribute("http://www.w3.org/1999/xlink", "href"));
    }

    [Theory]
    [InlineData("<a href='#fn:1'>1</a>", "/blog/2015/06/post/#fn:1")]
    [InlineData("<img src=fig.png>", "/blog/2015/06/post/fig.png")]
    [InlineData("<a href=\"/about/\">a</a>", "/about/")]
    [InlineData("<a href=\"//cdn.other.org/lib.js\">c</a>", "https://cdn.other.org/lib.js")]
    public void Excerpts_get_root_relative_urls_except_to_other_hosts(string html, string expected)
    {
        var rewritten = AbsoluteLinks.RootRelative(html, Page);
        var element = new HtmlParser().ParseDocument(rewritten).Body!.FirstElementChild!;
        Assert.Equal(expected, element.GetAttribute("href") ?? element.GetAttribute("src"));
    }

    [Fact]
    public void Formulas_and_text_survive_the_round_trip()
    {
        var html = "<p>见 <a href='#eq-1'>式 (1)</a>：<mjx-container class=\"MathJax\" jax=\"CHTML\"><mjx-math data-latex=\"x&lt;y\"></mjx-math></mjx-container> 与 <math><mi>x</mi></math>。</p>";
        var rewritten = AbsoluteLinks.Rewrite(html, Page);
        var document = new HtmlParser().ParseDocument(rewritten);
        Assert.Equal("x<y", document.QuerySelector("mjx-math")!.GetAttribute("data-latex"));
        Assert.Equal("https://example.org/blog/2015/06/post/#eq-1", document.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(new HtmlParser().ParseDocument(html).Body!.TextContent, document.Body!.TextContent);
    }
}
