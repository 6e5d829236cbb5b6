using System.Text.RegularExpressions;

namespace Blog.Tests.Import;

/// <summary>
/// A whole Jekyll math blog imported and built: every post a page with its formulas, no Liquid or kramdown
/// syntax left in any page, every internal link resolving (the build's link check), and the old
/// <c>/YYYY/MM/DD/slug.html</c> addresses reaching the new pages.
/// </summary>
public sealed class JekyllSiteTests
{
    [Fact]
    public async Task An_imported_jekyll_blog_builds_with_its_formulas_links_and_old_urls()
    {
        using var f = new ImportFixture();
        f.Write("_config.yml", "title: 数学笔记\nbaseurl: /notes\npermalink: date\ntimezone: +08:00\nmarkdown: kramdown\n")
            .Write("_posts/2014-02-11-gaussian.md", """
                ---
                layout: post
                title: 高斯积分
                date: 2014-02-11 09:30:00 +0800
                tags: 积分 概率
                ---

                * 目录
                {:toc}

                ## 结果
                {: #result}

                对 $$a>0$$，有

                $$
                \int_{-\infty}^{\infty} e^{-a x^2}\,dx = \sqrt{\frac{\pi}{a}}
                $$

                由此见[下一篇]({% post_url 2014-03-01-stirling %})。{% include note.html %}

                <!--more-->
                图示略。{: .note}
                """)
            .Write("_posts/2014-03-01-stirling.markdown", """
                ---
                title: "Stirling 公式: 推导"
                categories: [分析]
                ---

                由[高斯积分]({{ site.baseurl }}/2014/02/11/gaussian.html#result)与 $$n! = \Gamma(n+1)$$ 得

                $$n! \sim \sqrt{2\pi n}\left(\frac{n}{e}\right)^n$$

                {% highlight python %}
                print("{{ not liquid }}" if False else 1)
                {% endhighlight %}
                """)
            .Write("about.md", "---\ntitle: 关于\n---\n\n见 [高斯积分]({% link _posts/2014-02-11-gaussian.md %})。\n");
        var report = f.Import("jekyll");
        Assert.Empty(report.FormulaDifferences);
        Assert.Equal(4, report.Formulas.Sum(c => c.Imported));

        await f.Site.BuildOkAsync(); // the link check resolves every internal link

        var posts = new Dictionary<string, int> { ["2014/02/gaussian/"] = 2, ["2014/03/stirling/"] = 2 };
        foreach (var (page, formulas) in posts)
            Assert.Equal(formulas, f.Site.Html(page).QuerySelectorAll("article .math, main .math").Length);
        foreach (var file in f.Site.HtmlFiles())
        {
            var page = f.Site.Html(file);
            foreach (var code in page.QuerySelectorAll("pre").ToList()) code.Remove(); // code keeps its braces, as Jekyll's {% raw %} did
            var outsideCode = page.Body!.TextContent;
            Assert.False(Regex.IsMatch(outsideCode, @"\{%|\{\{|\{:"), $"{file} still has template or kramdown syntax: {outsideCode}");
        }
        foreach (var (old, target) in new[] { ("2014/02/11/gaussian.html", "/2014/02/gaussian/"), ("分析/2014/03/01/stirling.html", "/2014/03/stirling/"), ("about.html", "/about/") })
        {
            var redirect = f.Site.Html(old);
            Assert.Equal("0; url=" + target, redirect.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
            Assert.True(f.Site.OutputExists(target.TrimStart('/') + "index.html"));
        }
        Assert.Contains("href=\"/2014/02/gaussian/#result\"", f.Site.ReadOutput("2014/03/stirling/index.html"));
    }
}
