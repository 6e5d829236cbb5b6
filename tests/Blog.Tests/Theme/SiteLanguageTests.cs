using System.Text;
using System.Text.RegularExpressions;
using Blog.Tests.Support;

namespace Blog.Tests.Theme;

/// <summary>
/// The default theme speaks the site's language: with <c>"language": "en"</c> and English posts, no
/// page, feed, script or data file the build writes holds a Chinese, Japanese or Korean character
/// (every word comes from theme/strings/en.json); with <c>zh-CN</c> the same site keeps its Chinese words.
/// </summary>
public sealed partial class SiteLanguageTests
{
    /// <summary>An English site that uses every part of the theme: pages of posts, tags, categories, a theorem, a citation, a computed figure, footnotes, search.</summary>
    private static TestSite EnglishSite(string language)
    {
        var site = TestSite.Empty();
        site.Settings(s =>
        {
            s["language"] = language;
            s["title"] = "Notes on Analysis";
            s["description"] = "A blog about analysis.";
            s["author"] = "Ada Lovelace";
            s["postsPerPage"] = 2;
            s["search"] = true;
            s["bibliography"] = new System.Text.Json.Nodes.JsonArray("refs.bib");
        });
        site.WriteFile("input/refs.bib", "@article{smith2020,\n  author = {Smith, John and Jones, Mary},\n  title = {On kernels},\n  journal = {Journal of Tests},\n  year = {2020},\n  volume = {3},\n  pages = {1--10}\n}\n");
        site.WriteFile("input/posts/theorem.md", """
            ---
            title: A theorem and its proof
            date: 2021-03-04
            tags: [analysis, kernels]
            categories: [math]
            updated: 2021-04-01
            ---
            ## Setting

            ::: {#thm-main name="Main"}
            For every $x$, $x^2 \ge 0$.
            :::

            ::: proof
            Squares are not negative.
            :::

            By @thm-main and \eqref{eq:a}, see [@smith2020, p. 3].[^note]

            \begin{equation}\label{eq:a}
            e^{i\pi} + 1 = 0
            \end{equation}

            [^note]: A footnote.
            """);
        site.WriteFile("input/posts/figure.md", """
            ---
            title: A computed figure
            date: 2021-02-01
            tags: [plots]
            ---
            See @fig-line.

            ```{csharp}
            //| label: fig-line
            //| fig-cap: A line
            //| echo: fold
            var p = new ScottPlot.Plot();
            p.Add.Line(0, 0, 1, 1);
            p
            ```
            """);
        for (var i = 1; i <= 3; i++)
            site.WriteFile($"input/posts/note-{i}.md", $"---\ntitle: Note {i}\ndate: 2020-0{i}-15\ntags: [notes]\n---\nNote number {i} with $x_{i}$.\n");
        site.WriteFile("input/posts/cubes.md", "---\ntitle: Cubes\ndate: 2019-06-01\n---\n```magic-cube\nconstruct: 3\n```\n\n```magic-cube\n1 2\n3 4\n\n5 6\n7 9\n```\n");
        site.WriteFile("input/pages/about.md", "---\ntitle: About\n---\nAbout this blog.\n");
        return site;
    }

    [Fact]
    public async Task An_English_site_has_no_CJK_character_in_any_file_the_theme_writes()
    {
        using var site = EnglishSite("en");
        await site.BuildOkAsync();
        Assert.True(site.OutputExists("page/2/index.html"), "the site should have a second page of posts");
        Assert.True(site.OutputExists("404.html"));

        var found = new StringBuilder();
        // MathJax's and Pagefind's own files are libraries copied as they ship (MathJax's speech rules hold every language).
        foreach (var file in Directory.EnumerateFiles(site.OutputFolder, "*", SearchOption.AllDirectories)
                     .Where(f => Path.GetExtension(f) is ".html" or ".xml" or ".js" or ".json" or ".css" or ".txt")
                     .Where(f => !Path.GetRelativePath(site.OutputFolder, f).Replace('\\', '/').StartsWith("assets/mathjax/", StringComparison.Ordinal)
                              && !Path.GetRelativePath(site.OutputFolder, f).Replace('\\', '/').StartsWith("pagefind/", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in Cjk().Matches(text))
            {
                var start = Math.Max(0, m.Index - 40);
                found.AppendLine($"{Path.GetRelativePath(site.OutputFolder, file)}: '{m.Value}' in …{text[start..Math.Min(text.Length, m.Index + m.Length + 40)]}…");
            }
        }
        Assert.True(found.Length == 0, "CJK characters in an English site:\n" + found);

        var post = site.Html("2021/03/theorem/index.html");
        Assert.Equal(["Home", "Archive", "Tags", "Feed"], post.QuerySelectorAll(".site-nav a").Select(a => a.TextContent));
        Assert.Contains("1 min read", post.QuerySelector(".post-meta")!.TextContent);
        Assert.Equal("Cite this post", post.QuerySelector("#cite h2")!.TextContent);
        Assert.Contains("Ada Lovelace. (2021, Mar 04). A theorem and its proof [Blog post].", post.QuerySelector(".cite-text")!.TextContent);
        Assert.Equal("Page 1 of 3", site.Html("index.html").QuerySelector(".pagination span")!.TextContent);
        Assert.Equal("March", site.Html("archives/index.html").QuerySelector("#y2021m3")!.TextContent);
        Assert.Contains("Figure 1", site.Html("2021/02/figure/index.html").QuerySelector(".post-body")!.TextContent);
        var verdicts = site.Html("2019/06/cubes/index.html").QuerySelectorAll(".magic-cube-verdict").Select(p => p.TextContent).ToList();
        Assert.StartsWith("A magic cube of order 3: each of 1 to 27 appears once", verdicts[0]);
        Assert.StartsWith("Not a magic cube (order 2, magic sum 9): 8 missing; 9 not within 1 to 8; ", verdicts[1]);
        Assert.Contains("layer 1 row 1 (3, 6 under)", verdicts[1]);
    }

    [Fact]
    public async Task A_Chinese_site_keeps_its_Chinese_words()
    {
        using var site = EnglishSite("zh-CN");
        await site.BuildOkAsync();
        var post = site.Html("2021/03/theorem/index.html");
        Assert.Equal(["首页", "归档", "标签", "订阅"], post.QuerySelectorAll(".site-nav a").Select(a => a.TextContent));
        Assert.Contains("约 1 分钟读完", post.QuerySelector(".post-meta")!.TextContent);
        Assert.Equal("相邻文章", post.QuerySelector(".post-nav")!.GetAttribute("aria-label"));
        Assert.Contains("《A theorem and its proof》[Blog post]", post.QuerySelector(".cite-text")!.TextContent);
        Assert.Equal("第 1 / 3 页", site.Html("index.html").QuerySelector(".pagination span")!.TextContent);
        Assert.Equal("3 月", site.Html("archives/index.html").QuerySelector("#y2021m3")!.TextContent);
        Assert.Contains("2021 年", site.Html("archives/index.html").QuerySelector("#y2021")!.TextContent);
        Assert.Contains("图 1", site.Html("2021/02/figure/index.html").QuerySelector(".post-body")!.TextContent);
        var verdicts = site.Html("2019/06/cubes/index.html").QuerySelectorAll(".magic-cube-verdict").Select(p => p.TextContent).ToList();
        Assert.StartsWith("这是 3 阶幻立方：1 到 27 各出现一次", verdicts[0]);
        Assert.StartsWith("不是幻立方（2 阶，幻和 9）：缺少 8；9 不在 1 到 8 之内；", verdicts[1]);
        Assert.Contains("第1层第1行（3，少 6）", verdicts[1]);
        var notFound = site.Html("404.html");
        Assert.Equal("你要找的页面不在这里。可以回到 首页，或者看看 文章归档。", notFound.QuerySelector("main p")!.TextContent);
        Assert.Equal(["首页", "文章归档"], notFound.QuerySelectorAll("main p a").Select(a => a.TextContent));
    }

    /// <summary>Han, Hiragana, Katakana, Hangul, CJK symbols and punctuation, full-width forms.</summary>
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsCJKUnifiedIdeographsExtensionA}\p{IsCJKCompatibilityIdeographs}\p{IsHiragana}\p{IsKatakana}\p{IsHangulSyllables}\p{IsHangulJamo}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}]+")]
    private static partial Regex Cjk();
}
