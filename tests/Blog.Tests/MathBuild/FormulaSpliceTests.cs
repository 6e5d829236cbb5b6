using System.Text;
using Blog.Content;
using Blog.Diagnostics;
using Blog.Pipelines;
using Blog.Site;
using Blog.Tests.Support;
using Blog.Typesetting;

namespace Blog.Tests.MathBuild;

/// <summary>
/// Build mode keeps each typeset formula out of the pages' HTML until the page is written: the HTML
/// carries a placeholder of the build's <see cref="FormulaTable"/> (an HTML comment with a random
/// nonce), and every writer splices the formula's CHTML (or, in the feed, its MathML) in. The output
/// must be byte for byte what writing the CHTML into the HTML from the start gives; text a writer
/// puts in a post that looks like a placeholder is output as written; a placeholder that names
/// nothing fails the build and leaves the old output.
/// </summary>
public sealed class FormulaSpliceTests
{
    // Looks like a placeholder, with a nonce no build uses: a writer can type it, and it must come out as written.
    private const string LookAlike = "<!--mjx 0123456789abcdef01234567 1-->";

    /// <summary>A site with formulas in every place that reaches an output: titles, summaries, excerpts (with links to rebase), raw HTML, compute output, pages, lists, the feed.</summary>
    /// <summary>
    /// Builds and checks every page invariant but "no <c>&lt;!--mjx</c>": the posts of <see cref="Site"/> hold
    /// look-alikes of placeholders that the writer typed in raw HTML on purpose, and they stay as written.
    /// </summary>
    private static async Task BuildOkWithLookAlikesAsync(TestSite site)
    {
        var result = await site.BuildAsync();
        Assert.True(result.Success, "Build failed:\n" + string.Join("\n", result.Diagnostics));
        var problems = PageInvariants.Problems(site.OutputFolder).Where(p => !p.Contains("(<!--mjx)", StringComparison.Ordinal)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static TestSite Site() => TestSite.Empty()
        .Settings(s => s["postsPerPage"] = 2)
        .WriteFile("input/posts/a.md", """
            ---
            title: 关于 $\alpha$ 的笔记 <!--mjx 0123456789abcdef01234567 2-->
            date: 2020-01-01
            slug: a
            tags: [数学]
            ---

            设 $x^2+1$ 与 $\sum_i a_i$,见[下一节](#sec)与[另一篇](../b/)。<!--mjx 0123456789abcdef01234567 1-->

            ## 第二节 {#sec}

            \begin{equation}E=mc^2\label{eq:e}\end{equation}

            由 $\eqref{eq:e}$ 可知 $\href{/about/}{y}$ 有链接。

            <div class="note">原样的 HTML:$z_1$ 与 <!--mjx 0123456789abcdef01234567 3--> 与 &lt;!--mjx 0123456789abcdef01234567 4--&gt;</div>

            ```{csharp}
            Console.WriteLine("<!--mjx 0123456789abcdef01234567 5-->");
            Html("<b>计算</b><!--mjx 0123456789abcdef01234567 6-->")
            ```
            """)
        .WriteFile("input/posts/b.md", """
            ---
            title: 第二篇
            date: 2020-01-02
            slug: b
            summary: 摘要里的 $\beta$ 与 $x^2+1$
            tags: [数学]
            ---

            同样的 $x^2+1$,还有 $\sum_i a_i$。

            <!--more-->

            后文 $\gamma$ 与 <!--mjx 0123456789abcdef01234567 1-->。
            """)
        .WriteFile("input/posts/c.md", """
            ---
            title: 第三篇 $x^2+1$
            date: 2020-01-03
            slug: c
            ---

            第一段有 [相对链接](../b/) 与 $\frac{1}{2}$ 与 $x^2+1$。

            第二段。
            """)
        .WriteFile("input/pages/about.md", """
            ---
            title: 关于 $\pi$
            ---

            页面里的 $\pi \approx 3.14$ 与 $x^2+1$。
            """);

    private static async Task<(EngineResult Result, DiagnosticBag Diagnostics)> BuildAsync(TestSite site, string output, FormulaTable? formulas, bool inline)
    {
        var settings = SiteSettings.Load(Path.Combine(site.Root, "statiq.json"), "statiq.json");
        await using var math = new MathTypesetter(site.Root, settings);
        var diagnostics = new DiagnosticBag();
        var engine = new Engine(SiteBuilder.CreatePipelines(new BuildOptions { SiteRoot = site.Root }, settings, output, math,
            formulas: formulas, inlineFormulas: inline));
        var result = await engine.ExecuteAsync(new PipelineContext(diagnostics));
        Assert.True(result.Success, string.Join("\n", diagnostics.All));
        return (result, diagnostics);
    }

    private static SortedDictionary<string, byte[]> Files(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    [Fact]
    public async Task Every_output_of_a_build_mode_site_equals_the_inline_build_and_holds_no_placeholder()
    {
        using var site = Site();
        var table = new FormulaTable();
        var spliced = Path.Combine(site.Root, "spliced");
        var inline = Path.Combine(site.Root, "inline");
        var (result, _) = await BuildAsync(site, spliced, table, inline: false);
        await BuildAsync(site, inline, null, inline: true);

        // The mechanism is at work: the pages' HTML held placeholders, not CHTML, until they were written.
        Assert.True(table.Count >= 8, $"{table.Count} formulas in the table");
        var post = result.Documents[SiteBuilder.Posts].Single(d => d.Source.EndsWith("a.md"));
        Assert.Contains(table.Prefix, post.Require<string>(BlogKeys.Html));
        Assert.DoesNotContain("<mjx-container", post.Require<string>(BlogKeys.Html));
        Assert.Contains(table.Prefix, post.Require<string>(BlogKeys.TitleHtml));
        Assert.True(post.Get<bool>(WriteFiles.WrittenKey), "the post page was written right after its scan");

        var expected = Files(inline);
        var actual = Files(spliced);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs from the inline build:\n{Encoding.UTF8.GetString(actual[path])}");

        // Every kind of output was made, and none holds a placeholder of the build.
        string[] kinds = ["2020/01/a/index.html", "about/index.html", "index.html", "page/2/index.html", "tags/数学/index.html",
            "archives/index.html", "atom.xml", "sitemap.xml", "search/index.html", "404.html"];
        foreach (var kind in kinds)
            Assert.True(actual.ContainsKey(kind), $"{kind} was not written: {string.Join(", ", actual.Keys.Where(k => !k.StartsWith("assets/")))}");
        foreach (var (path, bytes) in actual)
            Assert.DoesNotContain(table.Nonce, Encoding.UTF8.GetString(bytes));

        var page = Encoding.UTF8.GetString(actual["2020/01/a/index.html"]);
        Assert.Contains("<mjx-container", page);
        var feed = Encoding.UTF8.GetString(actual["atom.xml"]);
        Assert.Contains("alttext=", feed);
        Assert.DoesNotContain("mjx-container", feed);
        // Excerpts on the list pages: the formulas typeset, the relative links rebased.
        var home = Encoding.UTF8.GetString(actual["index.html"]);
        Assert.Contains("<mjx-container", home);
        Assert.Contains("href=\"/2020/01/b/\"", home);
    }

    [Fact]
    public async Task Text_that_looks_like_a_placeholder_is_output_as_written()
    {
        using var site = Site();
        var table = new FormulaTable();
        var output = Path.Combine(site.Root, "out");
        await BuildAsync(site, output, table, inline: false);

        var post = File.ReadAllText(Path.Combine(output, "2020/01/a/index.html"));
        // Markdown text, a raw HTML block (and its escaped form), compute output (printed, escaped; and raw HTML).
        Assert.Contains("。" + LookAlike, post);
        var h1 = post[post.IndexOf("<h1>", StringComparison.Ordinal)..post.IndexOf("</h1>", StringComparison.Ordinal)];
        // A title is text: its look-alike is shown, escaped, as the writer typed it.
        Assert.True(h1.Contains("的笔记 &lt;!--mjx 0123456789abcdef01234567 2--&gt;"), h1[^200..]);
        Assert.Contains("与 <!--mjx 0123456789abcdef01234567 3--> 与 &lt;!--mjx 0123456789abcdef01234567 4--&gt;", post);
        Assert.Contains("&lt;!--mjx 0123456789abcdef01234567 5--&gt;", post);
        Assert.Contains("<b>计算</b><!--mjx 0123456789abcdef01234567 6-->", post);
        var b = File.ReadAllText(Path.Combine(output, "2020/01/b/index.html"));
        Assert.Contains("与 " + LookAlike + "。", b);
        // In lists (the title in the archive and in the home page's excerpts) too.
        Assert.Contains("的笔记 &lt;!--mjx 0123456789abcdef01234567 2--&gt;", File.ReadAllText(Path.Combine(output, "archives/index.html")));
    }

    [Fact]
    public async Task A_placeholder_that_names_no_formula_fails_the_build_and_leaves_the_old_output()
    {
        using var site = Site();
        await BuildOkWithLookAlikesAsync(site);
        var before = TestSite.HashFolder(site.OutputFolder);

        // Only a build's own table knows its nonce: given the table, a post can name an entry that does not exist.
        var table = new FormulaTable();
        site.WriteFile("input/posts/d.md", $"""
            ---
            title: 第四篇
            date: 2020-01-04
            slug: d
            ---

            公式 $x^2+1$。

            <div>{table.PlaceholderOf(999999)}</div>
            """);
        var result = await SiteBuilder.BuildAsync(new BuildOptions { SiteRoot = site.Root }, services: [table]);

        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("input/posts/d.md", error.File);
        Assert.Contains("placeholder", error.Message);
        Assert.Contains("999999", error.Message);
        Assert.Equal(before, TestSite.HashFolder(site.OutputFolder));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }

    /// <summary>
    /// A theme that escapes, cuts or rewrites <c>content_html</c>/<c>*_html</c> changes the placeholders
    /// it was given; the page must not be written with a broken one (a cut comment hides the rest of
    /// the page, an escaped one shows the build's nonce): the build fails at the post, saying the theme
    /// changed a formula, and the old output stays.
    /// </summary>
    [Theory]
    [InlineData("{{ page.content_html | string.truncate 164 }}")]
    [InlineData("{{ page.content_html | string.truncate 173 }}")]
    [InlineData("{{ page.content_html | string.truncate 159 }}")]
    [InlineData("{{ page.content_html }}<p>{{ page.title_html | html.escape }}</p>")]
    [InlineData("{{ page.content_html | string.replace ' ' '' }}")]
    [InlineData("{{ page.content_html | string.replace '-->' '--&gt;' }}")]
    public async Task A_theme_that_changes_a_formula_placeholder_fails_the_build_at_the_post(string body)
    {
        using var site = TestSite.Empty().WriteFile("input/posts/t.md", """
            ---
            title: 题 $a$
            date: 2024-01-02
            slug: t
            ---

            正文 $x^2$ 和 $y$。
            """);
        await site.BuildOkAsync();
        var before = TestSite.HashFolder(site.OutputFolder);

        var layout = site.EjectThemeFile("layouts/post.sbn-html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("{{ page.content_html }}", body, StringComparison.Ordinal));
        var result = await SiteBuilder.BuildAsync(new BuildOptions { SiteRoot = site.Root });

        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("input/posts/t.md", error.File);
        Assert.Contains("theme", error.Message);
        Assert.Contains("html.escape", error.Hint);
        Assert.Equal(before, TestSite.HashFolder(site.OutputFolder));
    }

    [Fact]
    public async Task The_preview_serves_pages_with_their_formulas_spliced_in()
    {
        await using var site = await Preview.PreviewSite.StartAsync();
        await AssertSpliced(site);
        // After an edit, unchanged posts come from the preview's cache, their placeholders made by the first
        // build: the table kept for the session still resolves them, on the post pages and the lists.
        Preview.PreviewSite.WritePost(site.Root, "post-1", "第 1 篇", "2020-01-01", "改过的正文 $x^1$ 与 $y$。");
        var (name, data) = await site.Events.NextAsync("reload", "failed");
        Assert.True(name == "reload", $"the rebuild failed: {data}\n{site.Log}");
        await AssertSpliced(site);
        Assert.Contains("改过的正文", (await site.GetAsync("/2020/01/post-1/")).Body);
    }

    private static async Task AssertSpliced(Preview.PreviewSite site)
    {
        foreach (var path in new[] { "/2020/01/post-1/", "/2020/01/post-2/", "/", "/atom.xml" })
        {
            var (status, _, body) = await site.GetAsync(path);
            Assert.Equal(200, status);
            Assert.DoesNotContain("<!--mjx ", body);
            Assert.Contains(path.EndsWith(".xml") ? "alttext=" : "<mjx-container", body);
        }
    }

    [Fact]
    public void A_table_resolves_its_own_placeholders_only()
    {
        var table = new FormulaTable();
        var other = new FormulaTable();
        Assert.NotEqual(table.Nonce, other.Nonce);
        var x = table.Placeholder("\\(x\\)", "<mjx-container>x</mjx-container>");
        Assert.Equal(x, table.Placeholder("\\(x\\)", "<mjx-container>x</mjx-container>"));
        var y = table.Placeholder("\\(y\\)", "<mjx-container>y</mjx-container>");
        Assert.NotEqual(x, y);
        Assert.Equal(2, table.Count);

        var foreign = other.Placeholder("\\(x\\)", "<mjx-container>x</mjx-container>");
        var text = $"<p>{x} 与 {y}{x};{foreign};{LookAlike}</p>";
        Assert.Equal($"<p><mjx-container>x</mjx-container> 与 <mjx-container>y</mjx-container><mjx-container>x</mjx-container>;{foreign};{LookAlike}</p>",
            table.Resolve(text, "input/posts/x.md"));
        const string plain = "<p>无公式</p>";
        Assert.Same(plain, table.Resolve(plain, "input/posts/x.md"));
    }

    [Theory]
    [InlineData("999")]
    [InlineData("1x")]
    [InlineData("")]
    public void A_placeholder_of_the_table_that_names_nothing_is_an_error_at_the_file(string id)
    {
        var table = new FormulaTable();
        table.Placeholder("\\(x\\)", "<mjx-container>x</mjx-container>");
        var error = Assert.Throws<DiagnosticException>(() => table.Resolve($"<p>{table.Prefix}{id}--></p>", "input/posts/x.md"));
        Assert.Equal("input/posts/x.md", error.Diagnostic.File);
        Assert.Contains("names no formula", error.Diagnostic.Message);
        // Cut short (no end): an error too, never output.
        Assert.Throws<DiagnosticException>(() => table.Resolve($"<p>{table.Prefix}1", "input/posts/x.md"));
    }

    /// <summary>What a template filter leaves of a placeholder: escaped, cut inside the nonce or the id, spaces taken out.</summary>
    [Theory]
    [InlineData("escaped")]
    [InlineData("cut-in-nonce")]
    [InlineData("cut-before-end")]
    [InlineData("no-space")]
    [InlineData("no-id")]
    public void A_changed_placeholder_of_the_table_is_an_error_naming_the_theme(string damage)
    {
        var table = new FormulaTable();
        var x = table.Placeholder("\\(x\\)", "<mjx-container>x</mjx-container>");
        var changed = damage switch
        {
            "escaped" => x.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal),
            "cut-in-nonce" => x[..(x.Length - 14)] + "...",
            "cut-before-end" => x[..^3] + "...",
            "no-space" => x.Replace(" ", "", StringComparison.Ordinal),
            _ => $"<!--mjx {table.Nonce}-->",
        };
        var error = Assert.Throws<DiagnosticException>(() => table.Resolve($"<p>{x} 与 {changed}</p><!-- 注释 -->", "input/posts/x.md"));
        Assert.Equal("input/posts/x.md", error.Diagnostic.File);
        Assert.Contains("theme", error.Diagnostic.Message);
        Assert.DoesNotContain(table.Nonce, error.Diagnostic.Message);
    }
}
