namespace Blog.Tests.Import;

/// <summary>
/// What real blogs hold and the first importer missed (found importing Lil'Log, a Jekyll blog of 37 posts and
/// 5,179 formulas): kramdown math inside block quotes, formulas inside HTML comments and raw HTML blocks,
/// front-matter fields this site reads by its own rules, files and links the source itself lacked.
/// </summary>
public sealed class SourceQuirksTests
{
    private const string Jekyll = "title: Notes\npermalink: /:year/:month/:day/:title.html\ntimezone: +08:00\nmarkdown: kramdown\n";

    private static string Post(string body) => "---\ntitle: A post\ndate: 2015-05-31 10:00:00 +0800\n---\n\n" + body + "\n";

    [Theory]
    [InlineData("> Given $$c$$, define\n>\n> $$\n> F(d) = (1-c)\\,d\n> $$\n>\n> Then $$F$$ has a fixed point.", new[] { "c", "F(d) = (1-c)\\,d", "F" })]
    [InlineData("> > $$\n> > a > b\n> > $$\n\nAfter.", new[] { "a > b" })]
    [InlineData("Text.\n\n> $$x^2$$\n\nAfter $$y$$.", new[] { "x^2", "y" })]
    [InlineData("> A sum $$a +\n> b$$ over two lines.", new[] { "a +\nb" })]
    public void Kramdown_math_in_block_quotes_is_read_inside_the_quote(string body, string[] formulas)
    {
        using var f = new ImportFixture();
        f.Write("_config.yml", Jekyll).Write("_posts/2015-05-31-quote.md", Post(body));
        var report = f.Import("jekyll");
        Assert.Empty(report.FormulaDifferences);
        var counts = Assert.Single(report.Formulas);
        Assert.Equal((formulas.Length, formulas.Length), (counts.Source, counts.Imported));
        Assert.Equal(formulas.Select(Squeeze), Blog.Import.FormulaCheck.Ours(f.Read("input/posts/quote.md").Split("---\n", 3)[2]).Select(Squeeze));
    }

    [Fact]
    public void A_display_formula_standing_in_a_quote_stays_display()
    {
        using var f = new ImportFixture();
        f.Write("_config.yml", Jekyll).Write("_posts/2015-05-31-quote.md", Post("> Given:\n>\n> $$\n> E = mc^2\n> $$\n>\n> Done."));
        f.Import("jekyll");
        Assert.Contains("> $$\n> E = mc^2\n> $$", f.Read("input/posts/quote.md"));
    }

    [Theory]
    [InlineData("jekyll", "3. The support set. <!-- , $$\\hat{y}=f(x)$$ -->\n4. Then $$B$$.", 1)]
    [InlineData("jekyll", "Before <!-- $$a$$ and $$b$$ --> after $$c$$.", 1)]
    [InlineData("hugo", "Before <!-- $a$ --> after $c$ and $$d$$.", 2)]
    public void Formulas_in_html_comments_are_not_formulas(string kind, string body, int expected)
    {
        using var f = new ImportFixture();
        if (kind == "jekyll") f.Write("_config.yml", Jekyll).Write("_posts/2015-05-31-c.md", Post(body));
        else f.Write("hugo.toml", "title = 'Notes'\n").Write("content/posts/c.md", Post(body));
        var report = f.Import(kind);
        Assert.Empty(report.FormulaDifferences);
        var counts = Assert.Single(report.Formulas);
        Assert.Equal((expected, expected), (counts.Source, counts.Imported));
        Assert.Contains("<!--", f.Read("input/posts/c.md"));
    }

    [Theory]
    [InlineData(false, "<table>\n<tr><td>RL with $\\epsilon$-greedy</td><td>$$x^2$$</td></tr>\n</table>", 1, "&#36;\\epsilon&#36;-greedy")]
    [InlineData(true, "<table>\n<tr><td>RL with $\\epsilon$-greedy</td><td>$$x^2$$</td></tr>\n</table>", 2, "$\\epsilon$-greedy")]
    [InlineData(false, "<div class=\"note\">\nCosts $5 and \\(a&lt;b\\) holds; <code>$x$</code> is code.\n</div>", 1, "Costs &#36;5")]
    [InlineData(false, "<p>Price: $20,000 or $30,000.</p>", 0, "&#36;20,000 or &#36;30,000")]
    public void Raw_html_blocks_are_read_by_the_source_s_mathjax_delimiters(bool singleDollar, string html, int expected, string written)
    {
        using var f = new ImportFixture();
        f.Write("_config.yml", Jekyll).Write("_posts/2015-05-31-h.md", Post("Text.\n\n" + html + "\n\nMore."));
        if (singleDollar) f.Write("_includes/head.html", "<script>MathJax.Hub.Config({tex2jax: {inlineMath: [['$','$']]}});</script>");
        var report = f.Import("jekyll");
        Assert.Empty(report.FormulaDifferences);
        var counts = Assert.Single(report.Formulas);
        Assert.Equal((expected, expected), (counts.Source, counts.Imported));
        Assert.Contains(written, f.Read("input/posts/h.md"));
    }

    [Fact]
    public void Front_matter_fields_this_site_reads_are_checked_by_its_rules()
    {
        using var f = new ImportFixture();
        f.Write("_config.yml", Jekyll)
            .WriteBytes("assets/images/cover.png", [1, 2, 3])
            .WriteBytes("assets/images/used.png", [4, 5])
            .WriteBytes("assets/other/same.png", [6]).WriteBytes("assets/more/same.png", [7])
            .Write("_posts/2015-05-31-a.md", "---\ntitle: A\nimage: cover.png\nlayout: math-post\nsearch: maybe\n---\n\nText.\n")
            .Write("_posts/2015-06-01-b.md", "---\ntitle: B\nimage: used.png\nlayout: post\n---\n\n![x]({{ site.baseurl }}/assets/images/used.png)\n")
            .Write("_posts/2015-06-02-c.md", "---\ntitle: C\nimage: same.png\n---\n\nText.\n")
            .Write("_posts/2015-06-03-d.md", "---\ntitle: D\nimage: https://example.org/card.png\n---\n\nText.\n");
        var report = f.Import("jekyll");
        var a = f.Read("input/posts/a/index.md");
        Assert.Contains("image: /2015/05/a/cover.png", a);
        Assert.True(f.Exists("input/posts/a/cover.png"));
        Assert.DoesNotContain("layout:", a);
        Assert.DoesNotContain("search:", a);
        var b = f.Read("input/posts/b/index.md");
        Assert.Contains("image: /2015/06/b/used.png", b);
        Assert.DoesNotContain("image:", f.Read("input/posts/c.md")); // two files of that name: which one is not known
        Assert.Contains("image: https://example.org/card.png", f.Read("input/posts/d.md"));
        Assert.Contains(report.NotConverted, n => n.File == "_posts/2015-06-02-c.md" && n.Message.Contains("image 'same.png'"));
        Assert.Contains(report.NotConverted, n => n.File == "_posts/2015-05-31-a.md" && n.Message.Contains("'search' dropped"));
    }

    [Fact]
    public async Task Files_and_links_the_source_lacked_keep_their_text_and_the_site_builds()
    {
        using var f = new ImportFixture();
        f.Write("_config.yml", Jekyll)
            .Write("_posts/2015-05-31-first.md", Post("## Known heading\n\n<a name=\"anchor\"></a>Text.[^1]\n\n[^1]: A note."))
            .Write("_posts/2015-06-01-second.md", Post("""
                Hosted by [Affirm](www.affirm.com), see [above](TBA), [gone](#no-such-heading),
                [kept](#known-too), [there]({% post_url 2015-05-31-first %}#known-heading), [anchor]({% post_url 2015-05-31-first %}#anchor),
                [renamed]({% post_url 2015-05-31-first %}#old-heading) and <a href="#missing-anchor" />here.

                ## Known too

                ![The noisy TV](/assets/images/noisy.gif)

                <img src="/assets/images/gone.png" alt="gone"> and <a href="/files/paper.pdf">the paper</a>.
                """));
        var report = f.Import("jekyll");
        var second = f.Read("input/posts/second.md");
        Assert.Contains("<a data-missing-href=\"www.affirm.com\">Affirm</a>", second);
        Assert.Contains("<a data-missing-href=\"TBA\">above</a>", second);
        Assert.Contains("<a data-missing-href=\"#no-such-heading\">gone</a>", second);
        Assert.Contains("[kept](#known-too)", second);
        Assert.Contains("[there](/2015/05/first/#known-heading)", second);
        Assert.Contains("[anchor](/2015/05/first/#anchor)", second);
        Assert.Contains("<a data-missing-href=\"/2015/05/first/#old-heading\">renamed</a>", second);
        Assert.Contains("<a data-missing-href=\"#missing-anchor\" ></a>here", second);
        Assert.Contains("<img alt=\"The noisy TV\" data-missing-src=\"/assets/images/noisy.gif\">", second);
        Assert.Contains("<img data-missing-src=\"/assets/images/gone.png\" alt=\"gone\">", second);
        Assert.Contains("<a data-missing-href=\"/files/paper.pdf\">the paper</a>", second);
        Assert.Equal(["#missing-anchor", "#no-such-heading", "/2015/05/first/#old-heading", "TBA"], report.BrokenLinks.Select(n => n.Message.Split('\'')[1]).Order(StringComparer.Ordinal));
        Assert.Contains(report.BrokenLinks, n => n.Line == 6 && n.Message.StartsWith("'TBA'"));
        Assert.Equal(4, report.MissingFiles.Count);
        Assert.Contains(report.MissingFiles, n => n.Line == 6 && n.Message.StartsWith("'www.affirm.com'") && n.Message.Contains("https://www.affirm.com"));
        await f.Site.BuildOkAsync(); // the link check passes: nothing left that names nothing
    }

    [Fact]
    public void Hugo_dated_pages_outside_the_main_section_stay_pages_and_each_old_address_is_one_alias()
    {
        using var f = new ImportFixture();
        f.Write("config.toml", "title = 'Notes'\n")
            .Write("content/post/a.md", Toml("A", "2019-06-12T15:20:12+08:00", "aliases = ['/post/a', '/a', '/A/', '/post/b/']\n"))
            .Write("content/post/b.md", Toml("B", "2019-06-13T15:20:12+08:00"))
            .Write("content/about/index.md", Toml("About", "2018-12-05T13:40:21+08:00"))
            .Write("content/search.md", "+++\ntitle = 'Search'\ndate = 2020-02-07T17:43:21+08:00\nlayout = 'search'\n+++\n");
        var report = f.Import("hugo");
        Assert.Equal((2, 1), (report.Posts, report.Pages));
        Assert.True(f.Exists("input/pages/about.md"));
        Assert.DoesNotContain("aliases", f.Read("input/pages/about.md")); // /about/ is its address here too
        Assert.False(f.Exists("input/pages/search.md"));
        Assert.Contains(report.NotConverted, n => n.File == "content/search.md" && n.Message.Contains("layout 'search'"));
        Assert.Contains("aliases:\n- /post/a/\n- /a\n", f.Read("input/posts/a.md"));
        Assert.Contains(report.NotConverted, n => n.File == "content/post/a.md" && n.Message.Contains("'/post/b/' is taken by another page"));

        using var g = new ImportFixture();
        g.Write("hugo.yaml", "title: Notes\nparams:\n  mainSections:\n    - notes\n")
            .Write("content/notes/x.md", "---\ntitle: X\ndate: 2020-01-01\n---\n\nText.\n")
            .Write("content/post/y.md", "---\ntitle: Y\ndate: 2020-01-02\n---\n\nText.\n")
            .Write("content/post/z.md", "---\ntitle: Z\ndate: 2020-01-03\n---\n\nText.\n");
        var second = g.Import("hugo");
        Assert.Equal((1, 2), (second.Posts, second.Pages));
        Assert.True(g.Exists("input/posts/x.md"));
    }

    [Fact]
    public void Links_to_old_addresses_written_percent_encoded_or_in_another_case_reach_the_new_page()
    {
        using var f = new ImportFixture();
        f.Write("config.toml", "title = 'Notes'\n")
            .Write("content/post/线性基（入门）.md", Toml("A", "2019-06-12T15:20:12+08:00"))
            .Write("content/post/LOJ6089-小Y.md", Toml("B", "2019-06-13T15:20:12+08:00"))
            .Write("content/post/c.md", "+++\ntitle = 'C'\ndate = 2019-06-14T15:20:12+08:00\n+++\n\n"
                + "[a](/post/%E7%BA%BF%E6%80%A7%E5%9F%BA%E5%85%A5%E9%97%A8/), [a again](/post/线性基入门/), [b](/post/loj6089-小y/) "
                + "and [a tool](/randpic/people/), [tags](/tags/), [one tag](/tags/x/).\n");
        var report = f.Import("hugo");
        var c = f.Read("input/posts/c.md");
        Assert.Contains("[a](/2019/06/线性基-入门/), [a again](/2019/06/线性基-入门/), [b](/2019/06/loj6089-小y/)", c);
        Assert.Contains("<a data-missing-href=\"/randpic/people/\">a tool</a>", c);
        Assert.Contains("[tags](/tags/), [one tag](/tags/x/)", c);
        Assert.Single(report.BrokenLinks);
    }

    private static string Toml(string title, string date, string extra = "") => $"+++\ntitle = '{title}'\ndate = {date}\n{extra}+++\n\nText.\n";

    private static string Squeeze(string tex) => string.Concat(tex.Where(c => !char.IsWhiteSpace(c)));
}
