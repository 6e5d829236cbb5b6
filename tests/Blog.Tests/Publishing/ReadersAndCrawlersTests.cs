using System.Globalization;
using System.Xml.Linq;
using AngleSharp.Dom;
using Blog.Tests.Support;

namespace Blog.Tests.Publishing;

/// <summary>What feed readers, search engines and link previews see of a site published under /repo/.</summary>
public sealed class ReadersAndCrawlersTests(ProjectSiteFixture fixture) : IClassFixture<ProjectSiteFixture>
{
    private const string Base = "https://user.github.io/repo/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static string? Meta(IDocument page, string selector) => page.QuerySelector(selector)?.GetAttribute("content");

    [Fact]
    public void Every_page_has_lang_a_description_and_matching_canonical_and_open_graph_urls()
    {
        fixture.AssertBuilt();
        foreach (var file in fixture.Site.HtmlFiles().Where(f => !f.StartsWith("assets/")))
        {
            var page = fixture.Site.Html(file);
            Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "meta[name=description]")), file);
            var canonical = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            Assert.NotNull(canonical);
            Assert.StartsWith(Base, canonical);
            Assert.Equal(canonical, Meta(page, "meta[property='og:url']"));
            var path = file.EndsWith("index.html") ? file[..^"index.html".Length] : file;
            Assert.Equal(new Uri(new Uri(Base), string.Join('/', path.Split('/').Select(Uri.EscapeDataString))).AbsoluteUri, canonical);
            foreach (var property in new[] { "og:title", "og:type", "og:site_name", "og:description", "og:locale" })
                Assert.False(string.IsNullOrWhiteSpace(Meta(page, $"meta[property='{property}']")), $"{file}: {property}");
            Assert.Equal("summary", Meta(page, "meta[name='twitter:card']"));
            Assert.Equal(Meta(page, "meta[property='og:title']"), Meta(page, "meta[name='twitter:title']"));
        }
    }

    [Fact]
    public void A_post_describes_itself_from_its_summary_as_an_article()
    {
        fixture.AssertBuilt();
        var page = fixture.Site.Html(ProjectSiteFixture.FigurePost);
        const string summary = "一篇带图、脚注、公式引用和站内链接的文章。";
        Assert.Equal(summary, Meta(page, "meta[name=description]"));
        Assert.Equal(summary, Meta(page, "meta[property='og:description']"));
        Assert.Equal(summary, Meta(page, "meta[name='twitter:description']"));
        Assert.Equal("图与链接", Meta(page, "meta[property='og:title']"));
        Assert.Equal("article", Meta(page, "meta[property='og:type']"));
        Assert.Equal("2020-02-01T00:00:00+08:00", Meta(page, "meta[property='article:published_time']"));
        Assert.Equal("测试", Meta(page, "meta[property='article:tag']"));
        Assert.Equal("website", Meta(fixture.Site.Html(""), "meta[property='og:type']"));
        Assert.Equal("noindex", Meta(fixture.Site.Html("404.html"), "meta[name=robots]"));
    }

    [Fact]
    public void The_atom_feed_is_well_formed_with_absolute_urls_under_the_base_url()
    {
        fixture.AssertBuilt();
        var feed = XDocument.Parse(fixture.Site.ReadOutput("atom.xml")).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal(Base, feed.Element(Atom + "id")!.Value);
        Assert.Equal(Base + "atom.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture, out _));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            foreach (var name in new[] { "id", "title", "updated" }) Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + name)?.Value), name);
            Assert.StartsWith(Base, entry.Element(Atom + "id")!.Value);
            Assert.StartsWith(Base, entry.Element(Atom + "link")!.Attribute("href")!.Value);
            var content = TestSite.ParseHtml(entry.Element(Atom + "content")!.Value);
            foreach (var url in content.QuerySelectorAll("[href],[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
                Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "mailto",
                    $"'{url}' in the feed is not absolute");
        }
        // The figure post: its image, its footnote and its own heading link all point back to the site.
        var figures = TestSite.ParseHtml(entries.Single(e => e.Element(Atom + "title")!.Value == "图与链接").Element(Atom + "content")!.Value);
        Assert.Equal(Base + "assets/figures/circle.svg", figures.QuerySelector("img")!.GetAttribute("src"));
        Assert.Contains(figures.QuerySelectorAll("a"), a => a.GetAttribute("href") == Base + ProjectSiteFixture.FigurePost + "#fn:1");
        Assert.Contains(figures.QuerySelectorAll("a"), a => a.GetAttribute("href") == Base + "2019/06/biased-and-unbiased-estimators/");
    }

    [Fact]
    public void The_sitemap_lists_every_page_with_absolute_urls_under_the_base_url()
    {
        fixture.AssertBuilt();
        var locs = XDocument.Parse(fixture.Site.ReadOutput("sitemap.xml")).Root!.Elements(Sitemap + "url")
            .Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.All(locs, l => Assert.StartsWith(Base, l));
        Assert.Equal(locs.Count, locs.Distinct().Count());
        Assert.Contains(Base, locs);
        Assert.Contains(Base + ProjectSiteFixture.FigurePost, locs);
        Assert.DoesNotContain(locs, l => l.EndsWith("404.html"));
        Assert.Equal(fixture.Site.HtmlFiles().Count(f => f != "404.html"), locs.Count);
    }
}
