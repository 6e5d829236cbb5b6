using System.Xml.Linq;
using Blog.Tests.Support;

namespace Blog.Tests.Site;

/// <summary>The repository's sample blog, built once: every page the issue asks for, and nothing broken.</summary>
public sealed class RepoSiteTests(RepoSite repo) : IClassFixture<RepoSite>
{
    private TestSite Site => repo.Site;
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private IEnumerable<SourcePost> NewestFirst => repo.Posts.OrderByDescending(p => p.Date);

    [Fact]
    public void The_sample_blog_has_posts() => Assert.True(repo.Posts.Count >= 4, $"only {repo.Posts.Count} posts in input/posts");

    [Fact]
    public void Home_page_lists_the_newest_posts_with_links()
    {
        var home = Site.Html("");
        var links = home.QuerySelectorAll(".post-summary h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(NewestFirst.Take(repo.PostsPerPage).Select(p => new Uri(new Uri(repo.BaseUrl), p.Path).AbsolutePath), links);
        Assert.Contains("科学空间", home.Title);
        Assert.All(home.QuerySelectorAll(".post-summary .excerpt"), e => Assert.False(string.IsNullOrWhiteSpace(e.TextContent)));
    }

    [Fact]
    public void Every_post_has_its_page_with_title_date_tags_reading_time_and_math()
    {
        foreach (var post in repo.Posts)
        {
            var page = Site.Html(post.OutputFile);
            Assert.Equal(post.Title, page.QuerySelector("article.post h1")?.TextContent);
            Assert.StartsWith(post.Date.ToString("yyyy-MM-dd"), page.QuerySelector("article.post time")?.GetAttribute("datetime"));
            Assert.Equal(post.Tags, page.QuerySelectorAll("article.post .tags a").Select(a => a.TextContent));
            Assert.Matches(@"约 \d+ 分钟", page.QuerySelector(".post-meta")!.TextContent);
            Assert.NotEmpty(page.QuerySelectorAll(".post-body .math"));
            Assert.Equal(new Uri(new Uri(repo.BaseUrl), post.Path).AbsoluteUri, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.Contains(post.Title, page.QuerySelector(".cite-bibtex")?.TextContent);
        }
    }

    [Fact]
    public void Every_formula_is_inside_a_math_element_and_no_dollar_math_is_left_in_the_text()
    {
        foreach (var post in repo.Posts)
        {
            var body = Site.Html(post.OutputFile).QuerySelector(".post-body")!;
            foreach (var text in TextNodes(body))
            {
                if (text.ParentElement?.Closest(".math, code, pre") is not null) continue;
                Assert.DoesNotMatch(@"\$[^$\s][^$]*\$|\\begin\{|\\\(|\\\[", text.Data);
            }
        }
    }

    [Fact]
    public void Previous_and_next_link_neighbouring_posts_by_date()
    {
        var posts = NewestFirst.ToList();
        for (var i = 0; i < posts.Count; i++)
        {
            var page = Site.Html(posts[i].OutputFile);
            var older = page.QuerySelector(".post-nav a[rel=prev]")?.GetAttribute("href");
            var newer = page.QuerySelector(".post-nav a[rel=next]")?.GetAttribute("href");
            Assert.Equal(i + 1 < posts.Count ? Link(posts[i + 1]) : null, older);
            Assert.Equal(i > 0 ? Link(posts[i - 1]) : null, newer);
        }
    }

    [Fact]
    public void Archive_lists_every_post_under_its_year()
    {
        var archive = Site.Html("archives/");
        var links = archive.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.All(repo.Posts, p => Assert.Contains(Link(p), links));
        foreach (var year in repo.Posts.Select(p => p.Date.Year).Distinct())
            Assert.Contains(year.ToString(), archive.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void Every_tag_and_category_has_a_page_listing_its_posts()
    {
        foreach (var (terms, folder) in new[] { (repo.Posts.SelectMany(p => p.Tags), "tags"), (repo.Posts.SelectMany(p => p.Categories), "categories") })
        {
            foreach (var term in terms.Distinct())
            {
                var page = Site.Html($"{folder}/{Blog.Content.Slugs.From(term)}/");
                var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet();
                var tagged = repo.Posts.Where(p => (folder == "tags" ? p.Tags : p.Categories).Contains(term));
                Assert.All(tagged, p => Assert.Contains(Link(p), links));
                Assert.Contains(term, page.Title);
            }
        }
        var index = Site.Html("tags/");
        Assert.All(repo.Posts.SelectMany(p => p.Tags).Distinct(), t => Assert.Contains(t, index.QuerySelector("main")!.TextContent));
    }

    [Fact]
    public void Not_found_page_exists()
    {
        var page = Site.Html("404.html");
        Assert.Contains("不存在", page.Title);
        // Served for any missing path, so its links must be root-relative, not relative.
        Assert.All(page.QuerySelectorAll("a[href], link[href], script[src]"),
            e => Assert.Matches("^(/|https?:|#|data:)", e.GetAttribute("href") ?? e.GetAttribute("src")));
    }

    [Fact]
    public void Atom_feed_is_valid_xml_with_absolute_urls()
    {
        var feed = XDocument.Parse(Site.ReadOutput("atom.xml")).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(NewestFirst.Select(p => p.Title), entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.All(feed.Descendants(Atom + "link"), l => Assert.StartsWith(repo.BaseUrl, l.Attribute("href")!.Value));
        Assert.All(entries, e => Assert.StartsWith(repo.BaseUrl, e.Element(Atom + "id")!.Value));
        Assert.All(entries, e => Assert.True(DateTimeOffset.TryParse(e.Element(Atom + "updated")!.Value, out _)));
        // Links inside the content are absolute too: a feed reader has no base path.
        foreach (var content in entries.Select(e => e.Element(Atom + "content")!.Value))
        {
            var html = TestSite.ParseHtml(content);
            Assert.All(html.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#')),
                h => Assert.Matches("^(https?:|mailto:)", h));
            Assert.Contains(@"class=""math", content);
        }
    }

    [Fact]
    public void Sitemap_lists_every_page_with_absolute_urls()
    {
        var urls = XDocument.Parse(Site.ReadOutput("sitemap.xml")).Root!.Elements(Sitemap + "url")
            .Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.All(repo.Posts, p => Assert.Contains(new Uri(new Uri(repo.BaseUrl), p.Path).AbsoluteUri, urls));
        Assert.Contains(repo.BaseUrl, urls);
        Assert.All(urls, u => Assert.StartsWith(repo.BaseUrl, u));
        Assert.DoesNotContain(urls, u => u.Contains("404"));
        Assert.Equal(urls.Count, urls.Distinct().Count());
    }

    [Fact]
    public void Robots_txt_points_to_the_sitemap()
    {
        var robots = Site.ReadOutput("robots.txt");
        Assert.Contains("User-agent: *", robots);
        Assert.Contains($"Sitemap: {repo.BaseUrl}sitemap.xml", robots);
    }

    [Fact]
    public void Every_internal_link_resolves_to_a_file()
    {
        var broken = LinkChecker.BrokenLinks(Site, repo.BaseUrl);
        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Fact]
    public void MathJax_is_self_hosted_and_no_page_loads_anything_from_another_host()
    {
        Assert.True(Site.OutputExists("assets/mathjax/tex-chtml.js"));
        foreach (var file in Site.HtmlFiles())
        {
            var page = Site.Html(file);
            foreach (var src in page.QuerySelectorAll("script[src], link[rel=stylesheet], img[src]").Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!))
                Assert.False(src.StartsWith("http") || src.StartsWith("//"), $"{file} loads {src}");
        }
    }

    private static IEnumerable<AngleSharp.Dom.IText> TextNodes(AngleSharp.Dom.INode node) =>
        node is AngleSharp.Dom.IText t ? [t] : node.ChildNodes.SelectMany(TextNodes);

    private string Link(SourcePost post) => new Uri(new Uri(repo.BaseUrl), post.Path).AbsolutePath;

    [Fact]
    public void No_page_feed_entry_or_meta_tag_of_the_sample_blog_holds_tex_outside_math()
        => Model.MathEverywhereTests.AssertNoStrayTex(repo.Site);
}
