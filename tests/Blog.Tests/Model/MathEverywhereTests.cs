using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using Blog.Tests.Support;

namespace Blog.Tests.Model;

/// <summary>
/// Math is right everywhere a post's text goes (issue 11): the title typeset where it is HTML and
/// plain TeX where only text is allowed, the summary, heading ids, alt text, raw HTML blocks, the
/// excerpt cut at node boundaries; in build mode (typeset) and client mode (left for MathJax).
/// </summary>
public sealed partial class MathEverywhereTests(MathEverywhereSite sites) : IClassFixture<MathEverywhereSite>
{
    public static TheoryData<string> Modes => ["build", "client"];

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The one formula in <paramref name="element"/>: typeset (build) or an element MathJax will read (client).</summary>
    private static void AssertMath(string mode, IElement? element, string tex)
    {
        Assert.NotNull(element);
        var math = Assert.Single(element!.QuerySelectorAll(".math"));
        if (mode == "build")
        {
            Assert.Single(math.QuerySelectorAll("mjx-container"));
            Assert.Equal(tex, math.GetAttribute("data-tex"));
        }
        else Assert.Equal(tex, math.TextContent);
        Assert.DoesNotContain("$", element.TextContent);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void A_title_with_math_is_typeset_wherever_it_is_html(string mode)
    {
        var site = sites.Mode(mode);
        var post = site.Html(MathEverywhereSite.PiPost);
        AssertMath(mode, post.QuerySelector("article h1"), @"\(\pi\)");
        Assert.Equal("关于的一个公式", post.QuerySelector("article h1")!.Children.Aggregate(post.QuerySelector("article h1")!.TextContent,
            (text, child) => text.Replace(child.TextContent, "")));
        var home = site.Html("");
        AssertMath(mode, home.QuerySelectorAll(".post-summary h2 a").Single(a => a.GetAttribute("href")!.EndsWith("/pi/")), @"\(\pi\)");
        AssertMath(mode, site.Html("archives/").QuerySelectorAll("a").Single(a => a.GetAttribute("href")!.EndsWith("/pi/")), @"\(\pi\)");
        AssertMath(mode, site.Html("tags/分析/").QuerySelectorAll(".post-summary h2 a").Single(), @"\(\pi\)");
        // prev/next links of the neighbour
        AssertMath(mode, site.Html(MathEverywhereSite.EulerPost).QuerySelector(".post-nav a[rel=next]"), @"\(\pi\)");
        AssertMath(mode, site.Html(MathEverywhereSite.PlainPost).QuerySelector(".post-nav a[rel=next]"), @"\(e^{i\pi}+1=0\)");
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void A_title_with_math_is_plain_tex_where_only_text_is_allowed(string mode)
    {
        var site = sites.Mode(mode);
        var post = site.Html(MathEverywhereSite.PiPost);
        Assert.StartsWith(@"关于\pi的一个公式 | ", post.Title);
        Assert.Equal(@"关于\pi的一个公式", post.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal(@"关于\pi的一个公式", post.QuerySelector("meta[name='twitter:title']")!.GetAttribute("content"));
        Assert.Contains(@"《关于\pi的一个公式》", post.QuerySelector(".cite-text")!.TextContent);
        Assert.Contains(@"title={关于$\pi$的一个公式}", post.QuerySelector(".cite-bibtex")!.TextContent); // BibTeX's own math
        var euler = site.Html(MathEverywhereSite.EulerPost);
        Assert.StartsWith(@"第二篇：e^{i\pi}+1=0 与欧拉 | ", euler.Title);
        var titles = XDocument.Parse(site.ReadOutput("atom.xml")).Descendants(Atom + "entry").Select(e => e.Element(Atom + "title")!).ToList();
        Assert.Equal([@"关于\pi的一个公式", @"第二篇：e^{i\pi}+1=0 与欧拉", "普通标题"], titles.Select(t => t.Value));
        Assert.All(titles, t => Assert.Null(t.Attribute("type"))); // Atom's default: text
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void A_summary_with_math_is_typeset_in_lists_plain_in_meta_tags_and_mathml_in_the_feed(string mode)
    {
        var site = sites.Mode(mode);
        var excerpt = site.Html("").QuerySelectorAll(".post-summary").Single(a => a.QuerySelector("a")!.GetAttribute("href")!.EndsWith("/euler/"))
            .QuerySelector(".excerpt")!;
        AssertMath(mode, excerpt, @"\(\int_0^1 x\,dx = \frac{1}{2}\)");
        Assert.NotNull(excerpt.QuerySelector("strong"));
        var post = site.Html(MathEverywhereSite.EulerPost);
        const string plain = @"一个关于 \int_0^1 x\,dx = \frac{1}{2} 的小结";
        Assert.Equal(plain, post.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal(plain, post.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
        var summary = FeedEntry(site, "/euler/").Element(Atom + "summary")!;
        Assert.Equal("html", summary.Attribute("type")?.Value);
        var html = TestSite.ParseHtml(summary.Value);
        if (mode == "build")
        {
            var math = Assert.Single(html.QuerySelectorAll("math"));
            Assert.Equal(@"\int_0^1 x\,dx = \frac{1}{2}", math.GetAttribute("alttext"));
            Assert.Empty(html.QuerySelectorAll("mjx-container"));
        }
        else Assert.Equal(@"\(\int_0^1 x\,dx = \frac{1}{2}\)", html.QuerySelector(".math")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void The_description_and_feed_summary_never_end_inside_a_formula_or_a_code_span(string mode)
    {
        var site = sites.Mode(mode);
        foreach (var (path, atom) in new[] { (MathEverywhereSite.PiPost, MathEverywhereSite.LongFormula), (MathEverywhereSite.PlainPost, "Enumerable.Range(0, 100).Select(x => x * x).Sum()") })
        {
            var description = site.Html(path).QuerySelector("meta[name=description]")!.GetAttribute("content")!;
            var feed = FeedEntry(site, "/" + path.Split('/')[2] + "/").Element(Atom + "summary")!.Value;
            foreach (var text in new[] { description, feed })
            {
                Assert.EndsWith("…", text);
                // Either the whole atom is in, or none of it.
                var start = atom[..8];
                Assert.True(!text.Contains(start) || text.Contains(atom), $"cut inside {atom}: {text}");
                Assert.DoesNotContain("$", text);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Heading_ids_hold_the_formulas_tex_and_links_to_them_work(string mode)
    {
        var post = sites.Mode(mode).Html(MathEverywhereSite.PiPost);
        Assert.Equal(["analysis-of-q_1", "case-n1", "case-n2", "关于-alpha-的估计", "my-id"],
            post.QuerySelectorAll("article h2[id]").Select(h => h.Id).Where(id => id != "cite"));
        Assert.Equal("结论 ", post.GetElementById("my-id")!.TextContent); // the space: no "." from the site search (SentenceEnd)
        Assert.NotNull(post.GetElementById("analysis-of-q_1")); // the link [前面的分析](#analysis-of-q_1) passed the link checker
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Image_alt_text_is_plain_text_with_tex_in_the_page_and_the_feed(string mode)
    {
        var site = sites.Mode(mode);
        var img = site.Html(MathEverywhereSite.PiPost).QuerySelector("article img")!;
        Assert.Equal("plot of y=x^2", img.GetAttribute("alt"));
        Assert.Empty(img.Children);
        var content = TestSite.ParseHtml(FeedEntry(site, "/pi/").Element(Atom + "content")!.Value);
        Assert.Equal("plot of y=x^2", content.QuerySelector("img")!.GetAttribute("alt"));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Math_inside_raw_html_blocks_is_math(string mode)
    {
        var post = sites.Mode(mode).Html(MathEverywhereSite.PiPost);
        AssertMath(mode, post.QuerySelector("details summary"), @"\(a^2+b^2=c^2\)");
        AssertMath(mode, post.QuerySelector("div.note"), @"\(E=mc^2\)");
        var inside = post.QuerySelector("details p")!;
        AssertMath(mode, inside, @"\(c\)");
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void No_page_feed_entry_or_meta_tag_holds_tex_outside_math(string mode) => AssertNoStrayTex(sites.Mode(mode));

    /// <summary>
    /// Every page's text, meta tags, alt texts and every feed entry: no <c>$…$</c> or <c>\(…\)</c>
    /// outside math elements (formulas' own TeX, code and the BibTeX box are left out).
    /// </summary>
    internal static void AssertNoStrayTex(TestSite site)
    {
        foreach (var file in site.HtmlFiles())
        {
            var page = site.Html(file);
            foreach (var skip in page.QuerySelectorAll(".math, mjx-container, script, style, pre, code").ToList()) skip.Remove();
            var texts = new List<string> { page.Title ?? "", page.Body?.TextContent ?? "" };
            texts.AddRange(page.QuerySelectorAll("meta[content]").Select(m => m.GetAttribute("content")!));
            texts.AddRange(page.QuerySelectorAll("[alt]").Select(m => m.GetAttribute("alt")!));
            foreach (var text in texts) AssertNoTex(text, file);
        }
        var feed = XDocument.Parse(site.ReadOutput("atom.xml"));
        foreach (var entry in feed.Descendants(Atom + "entry"))
        {
            AssertNoTex(entry.Element(Atom + "title")!.Value, "atom.xml");
            foreach (var part in new[] { entry.Element(Atom + "summary"), entry.Element(Atom + "content") }.OfType<XElement>())
            {
                if (part.Attribute("type")?.Value != "html")
                {
                    AssertNoTex(part.Value, "atom.xml");
                    continue;
                }
                var html = TestSite.ParseHtml(part.Value);
                foreach (var skip in html.QuerySelectorAll(".math, math, pre, code").ToList()) skip.Remove();
                AssertNoTex(html.Body!.TextContent, "atom.xml");
                foreach (var alt in html.QuerySelectorAll("[alt]")) AssertNoTex(alt.GetAttribute("alt")!, "atom.xml");
            }
        }
    }

    private static void AssertNoTex(string text, string where)
    {
        var found = StrayTex().Match(text);
        Assert.False(found.Success, $"{where}: TeX outside math: '{found.Value}'");
    }

    /// <summary>A dollar-delimited formula or a \( \) / \[ \] pair in plain text (never applied to HTML).</summary>
    [GeneratedRegex(@"\$[^\s$][^$]*\$|\\\(.*?\\\)|\\\[.*?\\\]", RegexOptions.Singleline)]
    private static partial Regex StrayTex();

    private static XElement FeedEntry(TestSite site, string slugPath) => XDocument.Parse(site.ReadOutput("atom.xml"))
        .Descendants(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value.EndsWith(slugPath));
}
