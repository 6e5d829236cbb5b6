using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Blog.Site.LinkCheck;
using Blog.Tests.Site;

namespace Blog.Tests.Publishing;

/// <summary>
/// <see cref="HtmlScan"/> reads pages with AngleSharp's tokenizer, not its tree builder. It must find
/// exactly what a walk over the parsed document finds (the reference below, which the link checker
/// used before): the same ids, links with the same lines, formulas with the same TeX, in the same order.
/// </summary>
public sealed class HtmlScanAgreementTests(RepoSite repo) : IClassFixture<RepoSite>
{
    [Fact]
    public void Every_page_of_the_sample_blog_scans_as_its_parsed_document()
    {
        var files = repo.Site.HtmlFiles();
        Assert.NotEmpty(files);
        foreach (var file in files) AssertAgree(repo.Site.ReadOutput(file), file);
    }

    [Theory]
    [InlineData("<script>var s = '<a href=\"/not-a-link/\">';</script><a href=\"/real/\">x</a>")]
    [InlineData("<style>a::after { content: '<img src=/no.png>'; }</style><img src=\"/yes.png\">")]
    [InlineData("<title>a <a href=\"/no/\"> b</title><p>text")]
    [InlineData("<template><a href=\"/inside-template/\" id=\"t\">x</a></template><a href=\"/after/\">y</a>")]
    [InlineData("<div data-line=\"5\"><p>para <a href=\"/a/\">a</a><p>next <img src=\"/b.png\"></div><a href=\"/c/\">c</a>")]
    [InlineData("<div class=\"compute-cell\" data-line=\"9\"><figure><img src=\"/plot.svg\"></figure><svg><a href=\"/svg-link/\"/><path d=\"M0\"/></svg><a href=\"/x/\">x</a></div>")]
    [InlineData("<span class=\"math inline\" data-line=\"3\">\\(a &lt; b \\eqref{eq:x}\\)</span> <span class=\"math\" data-tex=\"x \\label{eq:x}\"><b>x</b></span>")]
    [InlineData("<div class=\"math display\" data-line=\"6\"><mjx-container><mjx-math data-latex=\"a\"></mjx-math><mjx-math data-latex=\"b\"></mjx-math></mjx-container></div><span class=\"math\"><i>no latex</i> here</span>")]
    [InlineData("<p id=\"dup\" id=\"second\"><a name=\"n\" href=\"/z/\" href=\"/ignored/\">z</a><a name=\"\">e</a><img class=\"math\" data-line=\"4\">")]
    [InlineData("<noscript><a href=\"/noscript/\">n</a></noscript><link rel=\"dns-prefetch preconnect\" href=\"https://cdn.example\"><link rel=\"stylesheet\" href=\"/s.css\">")]
    [InlineData("<ul><li data-line=\"2\"><a href=\"/1/\">1</a><li><a href=\"/2/\">2</a></ul><table><tr><td data-line=\"7\"><a href=\"/t/\">t</a></table>")]
    [InlineData("<ul><li data-line=\"2\"><ol><li data-line=\"3\">x<li><a href=\"/inner/\">i</a></ol><a href=\"/outer-li/\">o</a></ul>")]
    [InlineData("<dl><dt data-line=\"1\">t<dd><a href=\"/dd/\">d</a></dl><p data-line=\"8\">para<div><a href=\"/div/\">d</a></div>")]
    [InlineData("<a href=\"/outer/\" data-line=\"11\">outer <span class=\"math\">\\(x\\)</span></a></span></div><b>stray end tags</b>")]
    [InlineData("<script>window.MathJax = {\"loader\":{\"paths\":{\"fonts\":\"/assets/fonts\"}}};</script><script src=\"/m.js\"></script>")]
    public void Tricky_markup_scans_as_its_parsed_document(string html) => AssertAgree(html, html);

    private static void AssertAgree(string html, string what)
    {
        var expected = Reference(html);
        var actual = HtmlScan.Of(html);
        Assert.True(expected.Ids.SetEquals(actual.Ids), $"ids of {what}: [{string.Join(", ", expected.Ids.Order())}] vs [{string.Join(", ", actual.Ids.Order())}]");
        Assert.Equal(expected.Links, actual.Links);
        Assert.Equal(expected.Math, actual.Math);
    }

    // The DOM walk HtmlScan used to be: a full parse, then one pass over document.All.
    private static readonly Dictionary<string, string[]> UrlAttributes = new()
    {
        ["a"] = ["href"], ["area"] = ["href"], ["link"] = ["href"], ["img"] = ["src", "srcset"], ["script"] = ["src"],
        ["iframe"] = ["src"], ["video"] = ["src", "poster"], ["audio"] = ["src"], ["source"] = ["src", "srcset"],
        ["track"] = ["src"], ["embed"] = ["src"], ["object"] = ["data"],
    };

    private static (HashSet<string> Ids, List<FoundLink> Links, List<MathSource> Math) Reference(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<FoundLink>();
        var math = new List<MathSource>();
        foreach (var element in document.All)
        {
            if (element.Id is { Length: > 0 } id) ids.Add(id);
            var name = element.LocalName;
            if (name == "a" && element.GetAttribute("name") is { Length: > 0 } anchor) ids.Add(anchor);
            var hint = name == "link" && (element.GetAttribute("rel") ?? "").Split(' ').Any(r => r is "preconnect" or "dns-prefetch");
            if (UrlAttributes.TryGetValue(name, out var attributes) && !hint)
                foreach (var attribute in attributes)
                {
                    if (element.GetAttribute(attribute) is not { } value) continue;
                    var urls = attribute == "srcset"
                        ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.Split(' ', 2)[0])
                        : [value];
                    links.AddRange(urls.Select(u => new FoundLink(u.Trim(), LineOf(element))));
                }
            if (name == "meta" && new[] { "og:url", "og:image", "twitter:image" }.Contains(element.GetAttribute("property") ?? element.GetAttribute("name") ?? "")
                && element.GetAttribute("content") is { } content)
                links.Add(new FoundLink(content.Trim(), 0));
            if (element.ClassList.Contains("math")) math.Add(new MathSource(TexOf(element), LineOf(element)));
            if (name == "script" && !element.HasAttribute("src")) links.AddRange(MathJaxPaths.Of(element.TextContent));
        }
        return (ids, links, math);
    }

    private static string TexOf(IElement math)
    {
        if (math.GetAttribute("data-tex") is { } tex) return tex;
        if (math.ChildElementCount == 0) return math.TextContent;
        var typeset = math.QuerySelectorAll("mjx-math[data-latex]").Select(m => m.GetAttribute("data-latex")).ToList();
        return typeset.Count > 0 ? string.Join('\n', typeset) : math.TextContent;
    }

    private static int LineOf(IElement? element)
    {
        for (; element is not null; element = element.ParentElement)
            if (int.TryParse(element.GetAttribute("data-line"), out var line)) return line;
        return 0;
    }
}
