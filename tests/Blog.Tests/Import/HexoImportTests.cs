using Blog.Diagnostics;

namespace Blog.Tests.Import;

/// <summary>blog import hexo: front matter without its opening line, nested categories, asset folders, tag plugins, renderers' math.</summary>
public sealed class HexoImportTests
{
    private static ImportFixture Blog(string renderer = "hexo-renderer-kramed")
    {
        var f = new ImportFixture();
        f.Write("_config.yml", "title: 博客\nurl: https://example.org\npermalink: :year/:month/:day/:title/\npost_asset_folder: true\ntimezone: Asia/Shanghai\n")
            .Write("package.json", $"{{\"dependencies\": {{\"hexo\": \"^7.0.0\", \"{renderer}\": \"^1.0.0\"}}}}");
        return f;
    }

    [Fact]
    public void Posts_with_asset_images_post_links_more_and_kramed_math_are_converted()
    {
        using var f = Blog();
        f.Write("source/_posts/first.md", "title: 第一篇\ndate: 2019-11-13 08:30:00\ncategories:\n- 数学\n- 概率\ntags: [随机]\n---\n\n第一篇。\n")
            .Write("source/_posts/second.md", """
                ---
                title: 第二篇
                date: 2019-12-01 20:00:00
                categories: [[数学, 几何], 笔记]
                mathjax: true
                ---

                由{% post_link first %}可知 $\theta \in [0, \pi]$，
                <!-- more -->

                $$
                p(\theta) \propto \sin^{n-2}\theta
                $$

                {% asset_img plot.png 角度分布 %}

                {% math %}
                \int_0^\pi \sin\theta\,d\theta = 2
                {% endmath %}

                {% codeblock lang:python %}
                print("$x$")
                {% endcodeblock %}

                {% youtube abc %}
                """).WriteBytes("source/_posts/second/plot.png", [1, 2, 3]);
        var report = f.Import("hexo");
        Assert.Contains("title: 第一篇", f.Read("input/posts/first.md"));
        Assert.Contains("- 数学\n- 概率", f.Read("input/posts/first.md"));
        Assert.Contains("- /2019/11/13/first/", f.Read("input/posts/first.md"));
        var post = f.Read("input/posts/second/index.md");
        Assert.Contains("[第一篇](/2019/11/first/)", post);
        Assert.Contains(@"$\theta \in [0, \pi]$", post);
        Assert.Contains("<!--more-->", post);
        Assert.Contains("![角度分布](plot.png)", post);
        Assert.Contains("$$\n\\int_0^\\pi \\sin\\theta\\,d\\theta = 2\n$$", post);
        Assert.Contains("```python\nprint(\"$x$\")\n```", post);
        Assert.Contains("- 数学\n- 几何\n- 笔记", post);
        Assert.True(f.Exists("input/posts/second/plot.png"));
        Assert.Single(report.NotConverted, n => n.Message.Contains("youtube"));
        Assert.Empty(report.FormulaDifferences);
        Assert.Equal(3, report.Formulas.Single(c => c.File.EndsWith("second.md")).Imported);
    }

    [Fact]
    public void With_the_pandoc_renderer_formulas_are_read_by_pandoc_s_rules()
    {
        using var f = Blog("hexo-renderer-pandoc");
        f.Write("source/_posts/money.md", "---\ntitle: 钱\ndate: 2019-11-13\n---\n\n从 $20,000 到 $30,000，而 $x$ 是公式。\n");
        var report = f.Import("hexo");
        Assert.Contains("从 $20,000 到 $30,000，而 $x$ 是公式。", f.Read("input/posts/money.md"));
        Assert.Equal((1, 1), (report.Formulas.Single().Source, report.Formulas.Single().Imported));
    }

    [Fact]
    public void A_folder_that_is_not_a_hexo_blog_is_an_error_saying_what_was_looked_for()
    {
        using var f = new ImportFixture();
        f.Write("_config.yml", "title: x\n");
        var error = Assert.Throws<DiagnosticException>(() => f.Import("hexo"));
        Assert.Contains("source/_posts", error.Diagnostic.Message);
    }
}
