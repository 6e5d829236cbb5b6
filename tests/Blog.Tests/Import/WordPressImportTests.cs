using System.Text;
using Blog.Diagnostics;
using Blog.Cli;
using Blog.Import.WordPress;

namespace Blog.Tests.Import;

/// <summary>blog import wordpress: WXR items, HTML to Markdown where plain, math shortcodes, scripts kept, linear reading.</summary>
public sealed class WordPressImportTests
{
    private static string Wxr(params string[] items) => $"""
        <?xml version="1.0" encoding="UTF-8" ?>
        <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
        <channel>
          <title>数学博客</title>
          <link>https://blog.example.org</link>
          <wp:wxr_version>1.2</wp:wxr_version>
          <wp:base_site_url>https://blog.example.org</wp:base_site_url>
        {string.Join("\n", items)}
        </channel>
        </rss>
        """;

    private static string Item(string name, string content, string type = "post", string status = "publish", string gmt = "2015-05-31 07:00:00",
        string title = "标题", string link = "") => $"""
          <item>
            <title>{title}</title>
            <link>{(link.Length > 0 ? link : $"https://blog.example.org/2015/05/31/{name}/")}</link>
            <dc:creator><![CDATA[admin]]></dc:creator>
            <content:encoded><![CDATA[{content}]]></content:encoded>
            <excerpt:encoded><![CDATA[]]></excerpt:encoded>
            <wp:post_id>{Math.Abs(name.GetHashCode()) % 100000}</wp:post_id>
            <wp:post_date>2015-05-31 15:00:00</wp:post_date>
            <wp:post_date_gmt>{gmt}</wp:post_date_gmt>
            <wp:post_name>{name}</wp:post_name>
            <wp:status>{status}</wp:status>
            <wp:post_type>{type}</wp:post_type>
            <category domain="category" nicename="math"><![CDATA[数学]]></category>
            <category domain="post_tag" nicename="prob"><![CDATA[概率]]></category>
          </item>
        """;

    [Fact]
    public void Links_by_full_old_urls_become_new_addresses_and_kept_html_stays_an_html_block()
    {
        using var f = new ImportFixture();
        f.Write("export.xml", Wxr(
            Item("first", "<h2>Part</h2>\n\n<p>First.</p>"),
            Item("second", """
                See <a href="https://blog.example.org/2015/05/31/first/">the first</a>, <a href="https://other.example.org/2015/05/31/first/">elsewhere</a>
                and <a href="https://blog.example.org/2015/05/31/first/#part">a part</a>.

                <!--more-->
                A matrix <span class="x">$latex \begin{pmatrix} a &amp; b \\ c &amp; d \end{pmatrix}$</span> and <a href="https://blog.example.org/2015/05/31/first/">again</a>.
                """)));
        var report = f.Import("wordpress", source: Path.Combine(f.Source, "export.xml"));
        var second = f.Read("input/posts/second.md");
        Assert.Contains("[the first](/2015/05/first/)", second);
        Assert.Contains("[a part](/2015/05/first/#part)", second);
        Assert.Contains("https://other.example.org/2015/05/31/first/", second);
        Assert.Contains("\n\n<!--more-->\n\n<p>A matrix <span class=\"x\">", second);
        Assert.Empty(report.FormulaDifferences);
        Assert.Equal((1, 1), (report.Formulas.Single(c => c.Written.EndsWith("second.md")).Source, report.Formulas.Single(c => c.Written.EndsWith("second.md")).Imported));
    }

    [Fact]
    public void Posts_pages_drafts_and_attachments_are_read_with_their_terms_dates_and_old_paths()
    {
        using var f = new ImportFixture();
        f.Write("export.xml", Wxr(
            Item("%e5%a4%b9%e8%a7%92", "<p>正文。</p>"),
            Item("about", "<p>关于。</p>", type: "page", link: "https://blog.example.org/about/"),
            Item("idea", "<p>草稿。</p>", status: "draft", gmt: "0000-00-00 00:00:00"),
            Item("gone", "<p>删了。</p>", status: "trash"),
            """<item><title>plot</title><wp:post_type>attachment</wp:post_type><wp:attachment_url>https://blog.example.org/wp-content/uploads/plot.png</wp:attachment_url></item>"""));
        var report = f.Import("wordpress", source: Path.Combine(f.Source, "export.xml"));
        var post = f.Read("input/posts/夹角.md");
        Assert.Contains("date: 2015-05-31 07:00:00 +00:00", post);
        Assert.Contains("categories:\n- 数学", post);
        Assert.Contains("tags:\n- 概率", post);
        Assert.Contains("author: admin", post);
        Assert.Contains("- /2015/05/31/夹角/", post);
        Assert.Contains("draft: true", f.Read("input/posts/idea.md"));
        Assert.False(f.Exists("input/posts/gone.md"));
        Assert.True(f.Exists("input/pages/about.md"));
        Assert.Equal(["https://blog.example.org/wp-content/uploads/plot.png"], report.Attachments);
    }

    [Fact]
    public void Plain_html_becomes_markdown_and_the_rest_is_kept_as_html_with_scripts_as_written()
    {
        using var f = new ImportFixture();
        f.Write("export.xml", Wxr(Item("html", """
            <h2>一节</h2>
            有 <strong>粗体</strong>、<em>斜体</em>、<a href="https://x.org/a_b">链接</a> 和 <code>a*b</code>，星号 2*3*4。

            第二段 <img src="https://blog.example.org/wp-content/uploads/a.png" alt="图" />
            <ul><li>一</li><li>二</li></ul>
            <blockquote><p>引用</p></blockquote>
            <pre><code>x = "$5"</code></pre>
            <div class="note" style="color:red">

            保留 $x$ 的 HTML

            </div>
            <script>document.write("<b>" + 1 + "</b>");</script>
            """)));
        var report = f.Import("wordpress", source: Path.Combine(f.Source, "export.xml"));
        var post = f.Read("input/posts/html.md");
        Assert.Contains("## 一节", post);
        Assert.Contains(@"有 **粗体**、*斜体*、[链接](https://x.org/a_b) 和 `a*b`，星号 2\*3\*4。", post);
        Assert.Contains("第二段 ![图](https://blog.example.org/wp-content/uploads/a.png)", post);
        Assert.Contains("- 一\n- 二", post);
        Assert.Contains("> 引用", post);
        Assert.Contains("```\nx = \"$5\"\n```", post);
        Assert.Contains("<div class=\"note\" style=\"color:red\">\n保留 $x$ 的 HTML\n</div>", post);
        Assert.Contains("<script>document.write(\"<b>\" + 1 + \"</b>\");</script>", post);
        Assert.Empty(report.FormulaDifferences);
    }

    [Fact]
    public void Latex_shortcodes_jetpack_latex_and_mathjax_delimiters_are_formulas()
    {
        using var f = new ImportFixture();
        f.Write("export.xml", Wxr(Item("math", """
            <p>WP LaTeX: [latex]a^2+b^2=c^2[/latex]，Jetpack: $latex \alpha&amp;s=2&amp;bg=ffffff$，MathJax: $x_1 &lt; y$ 与 \(z\)。</p>
            <p>\[\sum_{i=1}^n i\]</p>
            <p>$$E=mc^2$$</p>
            <p>价格 5$ 不是公式。</p>
            """)));
        var report = f.Import("wordpress", source: Path.Combine(f.Source, "export.xml"));
        var post = f.Read("input/posts/math.md");
        Assert.Contains("WP LaTeX: $a^2+b^2=c^2$，Jetpack: $\\alpha$，MathJax: $x_1 < y$ 与 $z$。", post);
        Assert.Contains(@"$$\sum_{i=1}^n i$$", post);
        Assert.Contains("$$E=mc^2$$", post);
        Assert.Contains(@"价格 5\$ 不是公式。", post);
        var counts = Assert.Single(report.Formulas);
        Assert.Equal((6, 6), (counts.Source, counts.Imported));
        Assert.Empty(report.FormulaDifferences);
    }

    [Fact]
    public void A_ten_thousand_post_export_is_read_in_one_pass_and_slugs_are_made_unique_in_linear_work()
    {
        using var f = new ImportFixture();
        const int n = 10_000;
        var items = new StringBuilder();
        for (var i = 0; i < n; i++) items.Append(Item("same", $"<p>第 {i} 篇 $x_{{{i}}}$。</p>", gmt: $"2015-05-31 07:{i / 60 % 60:00}:{i % 60:00}"));
        f.Write("export.xml", Wxr(items.ToString()));
        var path = Path.Combine(f.Source, "export.xml");
        var importer = (WordPressImporter)BlogImport.Importers.Single(i => i.Name == "wordpress");
        var report = f.Import("wordpress", source: path);
        Assert.Equal(n, report.Posts);
        Assert.Equal(new FileInfo(path).Length, importer.LastReader!.BytesRead); // read once, front to back
        Assert.True(f.Exists($"input/posts/same-{n}.md"));
        Assert.Equal(n, report.Formulas.Sum(c => c.Imported));
        Assert.Empty(report.FormulaDifferences);
    }

    [Fact]
    public void A_dtd_is_refused_and_reported()
    {
        using var f = new ImportFixture();
        f.Write("export.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n" +
            Wxr(Item("x", "<p>&b;</p>")).Split('\n', 2)[1]);
        var report = f.Import("wordpress", source: Path.Combine(f.Source, "export.xml"));
        var note = Assert.Single(report.Unreadable);
        Assert.Equal(2, note.Line);
        Assert.Equal(0, report.Posts);
    }

    [Fact]
    public void A_file_that_is_not_a_wordpress_export_is_an_error_saying_what_was_looked_for()
    {
        using var f = new ImportFixture();
        f.Write("feed.xml", "<rss version=\"2.0\"><channel><title>x</title></channel></rss>");
        var error = Assert.Throws<DiagnosticException>(() => f.Import("wordpress", source: Path.Combine(f.Source, "feed.xml")));
        Assert.Contains("http://wordpress.org/export/", error.Diagnostic.Message);
        var folder = Assert.Throws<DiagnosticException>(() => f.Import("wordpress"));
        Assert.Contains("WXR", folder.Diagnostic.Message);
    }
}
