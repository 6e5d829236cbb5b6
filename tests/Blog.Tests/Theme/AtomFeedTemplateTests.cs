using System.Xml.Linq;
using Blog.Tests.Support;

namespace Blog.Tests.Theme;

/// <summary>
/// The Atom feed comes from the theme's template site/atom.sbn-xml: well-formed RFC 4287 with the
/// text escaped (markup characters, quotes, non-ASCII), XML-forbidden characters left out, HTML
/// carried as escaped text, and a theme that overrides the template decides the XML.
/// </summary>
public sealed class AtomFeedTemplateTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static TestSite Site()
    {
        var site = TestSite.Empty();
        site.Settings(s => { s["title"] = "A & B <站> \"q\" 'é'"; s["author"] = "Tom & Jerry"; });
        site.WriteFile("input/posts/a.md", "---\ntitle: \"x < y & z > w \\\"引号\\\" 'single' 😀\"\ndate: 2015-05-31 10:00\n" +
            "tags: [\"R&D\", \"<tag>\"]\n---\n正文\f一，见 <a href='#fn'>脚注</a> 与 <img alt=图 src='../../../assets/favicon.svg'>。<span id=\"fn\">注</span>\n");
        site.WriteFile("input/posts/b.md", "---\ntitle: 关于$\\pi$的公式\ndate: 2015-06-02\nsummary: 摘要中的 *强调* 与 $x^2$\n---\n正文二。\n");
        return site;
    }

    [Fact]
    public async Task The_feed_is_valid_atom_with_every_value_escaped()
    {
        using var site = Site();
        await site.BuildOkAsync();
        var xml = site.ReadOutput("atom.xml");
        var feed = XDocument.Parse(xml).Root!; // throws on anything not well-formed
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("A & B <站> \"q\" 'é'", feed.Element(Atom + "title")!.Value);
        Assert.Equal("Tom & Jerry", feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Equal("zh-CN", feed.Attribute(XNamespace.Xml + "lang")!.Value);

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        foreach (var entry in entries)
            foreach (var name in new[] { "id", "title", "updated", "published", "link", "author", "content", "summary" })
                Assert.NotNull(entry.Element(Atom + name));

        var a = entries.Single(e => e.Element(Atom + "title")!.Value.StartsWith("x <", StringComparison.Ordinal));
        Assert.Equal("x < y & z > w \"引号\" 'single' 😀", a.Element(Atom + "title")!.Value);
        Assert.Equal(["R&D", "<tag>"], a.Elements(Atom + "category").Select(c => c.Attribute("term")!.Value));
        var content = TestSite.ParseHtml(a.Element(Atom + "content")!.Value);
        Assert.Equal("html", a.Element(Atom + "content")!.Attribute("type")!.Value);
        Assert.DoesNotContain('\f', a.Element(Atom + "content")!.Value);
        Assert.EndsWith("/#fn", content.QuerySelector("a")!.GetAttribute("href"));
        Assert.Matches("^https?://[^/]+/assets/favicon.svg$", content.QuerySelector("img")!.GetAttribute("src"));
        Assert.Null(a.Element(Atom + "summary")!.Attribute("type")); // a description: plain text

        var b = entries.Single(e => e.Element(Atom + "title")!.Value.Contains("pi"));
        Assert.Equal("关于\\pi的公式", b.Element(Atom + "title")!.Value);
        var summary = b.Element(Atom + "summary")!;
        Assert.Equal("html", summary.Attribute("type")!.Value);
        Assert.Equal("强调", TestSite.ParseHtml(summary.Value).QuerySelector("em")!.TextContent);
        Assert.True(DateTimeOffset.TryParse(b.Element(Atom + "updated")!.Value, out _));
    }

    [Fact]
    public async Task A_theme_overriding_the_template_decides_the_feed()
    {
        using var site = Site();
        site.WriteFile("theme/site/atom.sbn-xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">" +
            "<title>{{ feed.title | html.escape }} (custom)</title>{{ for e in feed.entries }}<entry><id>{{ e.id }}</id></entry>{{ end }}</feed>\n");
        await site.BuildOkAsync();
        var feed = XDocument.Parse(site.ReadOutput("atom.xml")).Root!;
        Assert.Equal("A & B <站> \"q\" 'é' (custom)", feed.Element(Atom + "title")!.Value);
        Assert.Equal(2, feed.Elements(Atom + "entry").Count());
    }
}
