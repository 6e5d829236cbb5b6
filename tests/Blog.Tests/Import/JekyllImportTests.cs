using Blog.Diagnostics;

namespace Blog.Tests.Import;

/// <summary>blog import jekyll: kramdown math, front matter, Liquid, kramdown's own syntax, bad input.</summary>
public sealed class JekyllImportTests
{
    private const string Config = "title: 数学笔记\npermalink: /:year/:month/:day/:title.html\ntimezone: Asia/Shanghai\nmarkdown: kramdown\nkramdown:\n  math_engine: mathjax\n";

    [Fact]
    public void Kramdown_double_dollars_are_inline_in_a_sentence_and_display_as_a_block_of_their_own()
    {
        using var f = new ImportFixture();
        f.Write("_config.yml", Config).Write("_posts/2015-05-31-angles.md", """
            ---
            layout: post
            title: "n维空间下的夹角: 分布"
            date: 2015-05-31 15:00:00 +0800
            tags: 概率 几何
            categories: [数学研究]
            ---

            设 $$x \in \mathbb{R}^n$$ 且 $$\|x\|=1$$，则

            $$
            p(\theta) \propto \sin^{n-2}\theta
            $$

            价格是 \$5，代码 `$$a$$` 不动：

            ```python
            cost = "$$"  # $x$
            ```

            $$\int_0^1 f(x)\,dx$$ 是一个开头的行内公式，$$E=mc^2$$2 之后紧跟数字。
            """);
        var report = f.Import("jekyll");
        var post = f.Read("input/posts/angles.md");
        Assert.Contains(@"设 $x \in \mathbb{R}^n$ 且 $\|x\|=1$，则", post);
        Assert.Contains("$$\np(\\theta) \\propto \\sin^{n-2}\\theta\n$$", post);
        Assert.Contains(@"价格是 \$5", post);
        Assert.Contains("`$$a$$`", post);
        Assert.Contains("cost = \"$$\"  # $x$", post);
        Assert.Contains(@"$\int_0^1 f(x)\,dx$ 是", post);
        Assert.Contains(@"\(E=mc^2\)2", post); // $E=mc^2$2 would not close by Pandoc's rule
        Assert.Empty(report.FormulaDifferences);
        var counts = Assert.Single(report.Formulas);
        Assert.Equal((5, 5), (counts.Source, counts.Imported));
    }

    [Fact]
    public void Single_dollars_are_text_unless_the_site_s_mathjax_reads_them()
    {
        using var f = new ImportFixture();
        f.Write("_config.yml", Config).Write("_posts/2015-06-01-money.md", "---\ntitle: 钱\n---\n\n从 $20,000 涨到 $30,000，$a$ 不是公式。\n");
        f.Import("jekyll");
        Assert.Contains(@"从 \$20,000 涨到 \$30,000，\$a\$ 不是公式。", f.Read("input/posts/money.md"));

        using var g = new ImportFixture();
        g.Write("_config.yml", Config).Write("_posts/2015-06-01-money.md", "---\ntitle: 钱\n---\n\n$ a $ 与 $b_1$ 是公式，\\$5 不是。\n")
            .Write("_includes/mathjax.html", "<script>MathJax.Hub.Config({tex2jax: {inlineMath: [['$','$'], ['\\\\(','\\\\)']]}});</script>");
        var report = g.Import("jekyll");
        Assert.Contains(@"$a$ 与 $b_1$ 是公式，\$5 不是。", g.Read("input/posts/money.md"));
        Assert.Equal(2, report.Formulas.Single().Imported);
        Assert.Empty(report.FormulaDifferences);
    }

    [Fact]
    public void Front_matter_dates_tags_drafts_and_old_urls_are_kept()
    {
        using var f = new ImportFixture();
        f.Write("_config.yml", Config)
            .Write("_posts/2015-05-28-late.markdown", "---\ntitle: 晚上\ndate: 2015-05-28 23:23:39 -0500\ntags: [a, b]\ncategory: notes\nexcerpt: 一句话。\nauthor: 张三\n---\n\n正文。\n")
            .Write("_posts/2016-01-02-custom.md", "---\ntitle: 自定\npermalink: /notes/custom/\n---\n\n正文。\n")
            .Write("_drafts/idea.md", "---\ntitle: 想法\ndate: 2016-03-04\n---\n\n草稿。\n")
            .Write("about.md", "---\ntitle: 关于\nlayout: page\n---\n\n关于我。\n");
        var report = f.Import("jekyll");
        var late = f.Read("input/posts/late.md");
        Assert.Contains("date: 2015-05-28 23:23:39 -0500", late);
        Assert.Contains("- a\n- b", late);
        Assert.Contains("categories:\n- notes", late);
        Assert.Contains("summary: 一句话。", late);
        Assert.Contains("author: 张三", late);
        Assert.DoesNotContain("layout", late);
        // Jekyll's date is in Asia/Shanghai: 2015-05-29 12:23, so the old URL is /2015/05/29/late.html.
        Assert.Contains("- /2015/05/29/late.html", late);
        Assert.Contains("- /notes/custom/", f.Read("input/posts/custom.md"));
        Assert.Contains("draft: true", f.Read("input/posts/idea.md"));
        Assert.Contains("- /about.html", f.Read("input/pages/about.md"));
        Assert.Equal((3, 1), (report.Posts, report.Pages));
    }

    [Fact]
    public void Liquid_links_baseurl_raw_and_highlight_are_converted_and_other_tags_reported()
    {
        using var f = new ImportFixture();
        f.Write("_config.yml", Config + "baseurl: /blog\n")
            .Write("_posts/2015-05-31-first.md", "---\ntitle: 一\n---\n\n第一篇。\n")
            .Write("_posts/2015-06-01-second.md", """
                ---
                title: 二
                ---

                见[上一篇]({% post_url 2015-05-31-first %})和[关于]({% link about.md %})，
                [旧址]({{ site.baseurl }}/2015/05/31/first.html)，图标 {{ '/favicon.ico' | relative_url }}。

                {% include figure.html src="x.png" %}

                {% raw %}{{ 不动 }}{% endraw %}

                {% highlight ruby linenos %}
                puts "{{x}}"
                {% endhighlight %}
                """)
            .Write("about.md", "---\ntitle: 关于\n---\n\n关于。\n");
        var report = f.Import("jekyll");
        var post = f.Read("input/posts/second.md");
        Assert.Contains("[上一篇](/2015/05/first/)", post);
        Assert.Contains("[关于](/about/)", post);
        Assert.Contains("[旧址](/2015/05/first/)", post);
        Assert.Contains("图标 /favicon.ico", post);
        Assert.Contains("{{ 不动 }}", post);
        Assert.Contains("```ruby\nputs \"{{x}}\"\n```", post);
        Assert.DoesNotContain("{% include", post);
        var dropped = Assert.Single(report.NotConverted, n => n.Message.Contains("include"));
        Assert.Equal(("_posts/2015-06-01-second.md", 8), (dropped.File, dropped.Line));
    }

    [Fact]
    public void Kramdown_attribute_lists_and_toc_are_mapped_or_dropped_with_their_line()
    {
        using var f = new ImportFixture();
        f.Write("_config.yml", Config).Write("_posts/2015-05-31-ial.md", """
            ---
            title: IAL
            ---

            * TOC
            {:toc}

            ## 第一节
            {: #first}

            ![图](/img/a.png){: width="50%"}
            {:.image-caption}
            *说明*

            段落。
            {: .note style="color: red"}
            """).WriteBytes("img/a.png", [1, 2, 3]);
        var report = f.Import("jekyll");
        var post = f.Read("input/posts/ial/index.md");
        Assert.Contains("toc: true", post);
        Assert.DoesNotContain("TOC", post);
        Assert.Contains("## 第一节 {#first}", post);
        Assert.Contains("![图](a.png)", post);
        Assert.DoesNotContain("{:", post);
        Assert.Equal([11, 12, 16], report.NotConverted.Select(n => n.Line).Order());
    }

    [Fact]
    public void Tex_that_mathjax_4_rejects_is_reported_with_the_fix()
    {
        using var f = new ImportFixture();
        f.Write("_config.yml", Config).Write("_posts/2015-05-31-tex.md", "---\ntitle: TeX\n---\n\n正文。\n\n$$x_{\\text{max_val}} = a \\text{ & } b$$\n");
        var report = f.Import("jekyll");
        var fix = Assert.Single(report.TexFixes);
        Assert.Equal(7, fix.Line);
        Assert.Contains(@"\text{max\_val}", fix.Message);
        Assert.Contains(@"\text{ \& }", fix.Message);
        Assert.Contains("\"math\": {\"errors\": \"warn\"}", report.ToMarkdown());
        Assert.DoesNotContain("errors", f.Read("statiq.json"));
    }

    [Fact]
    public void A_post_whose_front_matter_cannot_be_read_is_reported_and_the_others_imported()
    {
        using var f = new ImportFixture();
        f.Write("_config.yml", Config)
            .Write("_posts/2015-05-31-bad.md", "---\ntitle: 坏\ntags: [a, b\n---\n\n正文。\n")
            .Write("_posts/2015-06-01-good.md", "---\ntitle: 好\n---\n\n正文。\n");
        var report = f.Import("jekyll");
        var bad = Assert.Single(report.Unreadable);
        Assert.Equal("_posts/2015-05-31-bad.md", bad.File);
        Assert.True(bad.Line is >= 2 and <= 4, bad.ToString());
        Assert.True(f.Exists("input/posts/good.md"));
        Assert.False(f.Exists("input/posts/bad.md"));
    }

    [Fact]
    public void A_folder_that_is_not_a_jekyll_blog_is_an_error_saying_what_was_looked_for()
    {
        using var f = new ImportFixture();
        f.Write("notes/a.md", "# a\n");
        var error = Assert.Throws<DiagnosticException>(() => f.Import("jekyll"));
        Assert.Contains("_config.yml", error.Diagnostic.Message);
        Assert.Contains("_posts", error.Diagnostic.Message);
    }

    [Fact]
    public void Existing_files_are_kept_without_force_and_a_second_import_writes_the_same_files()
    {
        using var f = new ImportFixture();
        f.Write("_config.yml", Config).Write("_posts/2015-05-31-a.md", "---\ntitle: 甲\n---\n\n$$x$$ 与 $$y$$。\n");
        f.Site.WriteFile("input/posts/a.md", "---\ntitle: 我自己的\ndate: 2020-01-01\n---\n\n别动。\n");
        var first = f.Import("jekyll");
        Assert.Contains("别动", f.Read("input/posts/a.md"));
        Assert.Single(first.Kept);

        f.Import("jekyll", force: true);
        var hash = f.InputHash();
        Assert.Contains("$x$ 与 $y$", f.Read("input/posts/a.md"));
        var again = f.Import("jekyll");
        Assert.Equal(hash, f.InputHash());
        Assert.Empty(again.Written);
        Assert.Empty(again.Kept);
    }

    [Fact]
    public void A_missing_image_is_reported_and_never_invented()
    {
        using var f = new ImportFixture();
        f.Write("_config.yml", Config).Write("_posts/2015-05-31-pic.md", "---\ntitle: 图\n---\n\n正文。\n\n![缺](/assets/none.png)\n\n<img src=\"/assets/gone.jpg\">\n");
        var report = f.Import("jekyll");
        Assert.Equal([(7, "'/assets/none.png'"), (9, "'/assets/gone.jpg'")],
            report.MissingFiles.Select(m => (m.Line, m.Message.Split(' ')[0])).Order());
        Assert.True(f.Exists("input/posts/pic.md"));
        Assert.False(Directory.Exists(Path.Combine(f.Site.Root, "input/posts/pic")));
    }
}
