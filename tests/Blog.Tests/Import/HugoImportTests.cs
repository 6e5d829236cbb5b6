using Blog.Diagnostics;

namespace Blog.Tests.Import;

/// <summary>blog import hugo: TOML/YAML/JSON front matter, shortcodes, passthrough math, aliases and url, page bundles.</summary>
public sealed class HugoImportTests
{
    private static ImportFixture Blog()
    {
        var f = new ImportFixture();
        f.Write("hugo.toml", "baseURL = 'https://example.org/'\ntitle = 'Notes'\n[markup.goldmark.extensions.passthrough]\nenable = true\n[markup.goldmark.extensions.passthrough.delimiters]\nblock = [['\\[', '\\]'], ['$$', '$$']]\ninline = [['\\(', '\\)'], ['$', '$']]\n[permalinks]\nposts = '/:year/:month/:slug/'\n");
        return f;
    }

    [Fact]
    public void Toml_front_matter_shortcodes_and_passthrough_math_are_converted()
    {
        using var f = Blog();
        f.Write("content/posts/first.md", "+++\ntitle = 'First'\ndate = 2021-03-04T05:06:07+08:00\n+++\n\nHello.\n")
            .Write("content/posts/second.md", """
                +++
                title = "Second: $x$"
                date = 2021-04-05T10:00:00Z
                tags = ["math", "notes"]
                categories = ["analysis"]
                draft = true
                summary = "A summary."
                slug = "the-second"
                aliases = ["/old/second/"]
                +++

                See {{< ref "first.md" >}} and [first]({{< relref "posts/first" >}}#top).
                Inline $a_1 + b$ and \(c\), display:

                $$\sum_{k=1}^n k = \frac{n(n+1)}{2}$$

                \[ e^{i\pi} = -1 \]

                {{< math >}}
                x^2
                {{< /math >}}

                {{< highlight go >}}
                fmt.Println("$x$")
                {{< /highlight >}}

                {{< youtube abc >}}
                """);
        var report = f.Import("hugo");
        var post = f.Read("input/posts/the-second.md");
        Assert.Contains("See /2021/03/first/ and [first](/2021/03/first/#top).", post);
        Assert.Contains("Inline $a_1 + b$ and $c$", post);
        Assert.Contains("$$\\sum_{k=1}^n k = \\frac{n(n+1)}{2}$$", post);
        Assert.Contains("$$\nx^2\n$$", post);
        Assert.Contains("```go\nfmt.Println(\"$x$\")\n```", post);
        Assert.Contains("draft: true", post);
        Assert.Contains("summary: A summary.", post);
        Assert.Contains("- /old/second/", post);
        Assert.DoesNotContain("- /2021/04/the-second/", post); // Hugo's [permalinks] address is this site's permalink: no alias needed
        Assert.Contains("- math\n- notes", post);
        Assert.DoesNotContain("youtube", post);
        Assert.Single(report.NotConverted, n => n.Message.Contains("youtube") && n.Line == 27);
        Assert.Empty(report.FormulaDifferences);
        Assert.Equal(5, report.Formulas.Single(c => c.File.EndsWith("second.md")).Imported);
    }

    [Fact]
    public void Yaml_and_json_front_matter_and_a_page_without_a_date()
    {
        using var f = Blog();
        f.Write("content/posts/y.md", "---\ntitle: Y\ndate: 2020-01-02\nurl: /custom/y.html\n---\n\nY $y$.\n")
            .Write("content/posts/j.md", "{\n  \"title\": \"J\",\n  \"date\": \"2020-02-03\",\n  \"tags\": [\"a\"]\n}\n\nJ $$j$$.\n")
            .Write("content/about.md", "---\ntitle: About\n---\n\nMe.\n")
            .Write("content/posts/_index.md", "---\ntitle: Posts\n---\n");
        var report = f.Import("hugo");
        Assert.Contains("- /custom/y.html", f.Read("input/posts/y.md"));
        Assert.Contains("title: J", f.Read("input/posts/j.md"));
        Assert.Contains("J $$j$$.", f.Read("input/posts/j.md"));
        Assert.True(f.Exists("input/pages/about.md"));
        Assert.Equal((2, 1), (report.Posts, report.Pages));
    }

    [Fact]
    public void A_leaf_bundle_brings_its_files_into_a_page_bundle()
    {
        using var f = Blog();
        f.Write("content/posts/plot/index.md", "---\ntitle: Plot\ndate: 2020-01-02\n---\n\n![a plot](plot.png)\n{{< figure src=\"fig/b.svg\" caption=\"B\" >}}\n")
            .WriteBytes("content/posts/plot/plot.png", [1, 2, 3]).Write("content/posts/plot/fig/b.svg", "<svg/>");
        var report = f.Import("hugo");
        Assert.Contains("![a plot](plot.png)", f.Read("input/posts/plot/index.md"));
        Assert.Contains("![B](fig/b.svg)", f.Read("input/posts/plot/index.md"));
        Assert.Contains("slug: plot", f.Read("input/posts/plot/index.md"));
        Assert.True(f.Exists("input/posts/plot/plot.png"));
        Assert.True(f.Exists("input/posts/plot/fig/b.svg"));
        Assert.Equal(2, report.Files);
    }

    [Fact]
    public void Broken_toml_is_reported_and_the_other_posts_imported()
    {
        using var f = Blog();
        f.Write("content/posts/bad.md", "+++\ntitle = 'Bad\ndate = 2020-01-02\n+++\n\nx\n")
            .Write("content/posts/good.md", "+++\ntitle = 'Good'\ndate = 2020-01-02\n+++\n\nx\n");
        var report = f.Import("hugo");
        Assert.Equal("content/posts/bad.md", Assert.Single(report.Unreadable).File);
        Assert.True(f.Exists("input/posts/good.md"));
    }

    [Fact]
    public void A_folder_that_is_not_a_hugo_site_is_an_error_saying_what_was_looked_for()
    {
        using var f = new ImportFixture();
        f.Write("content/posts/a.md", "# a\n");
        var error = Assert.Throws<DiagnosticException>(() => f.Import("hugo"));
        Assert.Contains("hugo.toml", error.Diagnostic.Message);
    }
}
