using Blog.Site;
using Blog.Tests.Support;

namespace Blog.Tests.Citations;

/// <summary>Whole sites with citations: the bibliography, links, feed, cite box, errors with places, the cache.</summary>
public sealed class CitationSiteTests
{
    private const string Bib = """
        @inproceedings{ma2020hsic,
          author = {Ma, Wan-Duo Kurt and Lewis, J. P. and Kleijn, W. Bastiaan},
          title = {The {HSIC} Bottleneck: Deep Learning without Back-Propagation},
          booktitle = {Proceedings of the {AAAI} Conference on Artificial Intelligence},
          volume = {34}, number = {04}, pages = {5085--5092}, year = {2020}, doi = {10.1609/aaai.v34i04.5950},
        }

        @inproceedings{jang2017categorical,
          author = {Jang, Eric and Gu, Shixiang and Poole, Ben},
          title = {Categorical Reparameterization with {Gumbel-Softmax}},
          booktitle = {International Conference on Learning Representations}, year = {2017},
        }
        """;

    private static TestSite Site(string body, string frontMatter = "")
    {
        var site = TestSite.Empty();
        site.Settings(s => { s["math"]!["render"] = "client"; s["bibliography"] = new System.Text.Json.Nodes.JsonArray("refs.bib"); });
        site.WriteFile("input/refs.bib", Bib);
        site.WriteFile("input/posts/p.md", $"---\ntitle: 引用\ndate: 2020-01-01\nslug: p\n{frontMatter}---\n\n{body}\n");
        return site;
    }

    [Fact]
    public async Task Citations_link_to_a_bibliography_at_the_end_titled_by_the_theme()
    {
        using var site = Site("正文[@ma2020hsic, p. 3],又见 @jang2017categorical 与[@ma2020hsic; @jang2017categorical]。邮件 a@b.org 不是引用。");
        await site.BuildOkAsync();
        var page = site.Html("2020/01/p/index.html");
        var citations = page.QuerySelectorAll(".post-body span.citation");
        Assert.Equal(3, citations.Length);
        Assert.Equal("[1, p. 3]", citations[0].TextContent); // GB/T 7714 prints no locator: it follows the number, as in Pandoc
        Assert.Equal("Jang et al. [2]", citations[1].TextContent); // an English entry's authors in English, as GB/T 7714 writes it
        Assert.Equal("[1,2]", citations[2].TextContent);
        Assert.All(page.QuerySelectorAll("span.citation a"), a => Assert.True(a.HasAttribute("data-preview")));
        Assert.Equal("#ref-ma2020hsic", citations[0].QuerySelector("a")!.GetAttribute("href"));
        var refs = page.GetElementById("refs")!;
        Assert.Equal("参考文献", refs.QuerySelector("h2")!.TextContent.TrimEnd()); // block ends carry a space for the search index (Markup/Search/SentenceEnd)
        Assert.Equal(["ref-ma2020hsic", "ref-jang2017categorical"], refs.QuerySelectorAll(".csl-entry").Select(e => e.Id!));
        Assert.Contains("https://doi.org/10.1609/aaai.v34i04.5950", refs.QuerySelector("#ref-ma2020hsic a")!.GetAttribute("href"));
        Assert.Contains("a@b.org", page.QuerySelector(".post-body")!.TextContent);
        // The feed carries the formatted citations; the cite box's BibTeX is the post's own.
        var feed = site.ReadOutput("atom.xml");
        Assert.Contains("ref-ma2020hsic", feed);
        Assert.DoesNotContain("[@ma2020hsic", feed);
        Assert.Contains("@online{p,", page.QuerySelector(".cite-bibtex")!.TextContent);
    }

    [Fact]
    public async Task The_bibliography_goes_where_the_refs_element_is_and_front_matter_chooses_the_style()
    {
        using var site = Site("正文[@ma2020hsic]。\n\n<div id=\"refs\"></div>\n\n## 附录\n\n附录正文。", "csl: apa\n");
        await site.BuildOkAsync();
        var page = site.Html("2020/01/p/index.html");
        Assert.Equal("(Ma 等, 2020)", page.QuerySelector("span.citation")!.TextContent.Replace("Ma等", "Ma 等"));
        var refs = Assert.Single(page.QuerySelectorAll("[id=refs]"));
        Assert.Equal("DIV", refs.TagName);
        Assert.Equal("附录", refs.NextElementSibling!.TextContent.TrimEnd());
        Assert.Single(refs.QuerySelectorAll(".csl-entry"));
    }

    [Fact]
    public async Task An_unknown_key_is_an_error_at_its_place_with_the_nearest_keys()
    {
        using var site = Site("第一段。\n\n第二段[@ma2020hsc]。");
        var result = await site.BuildAsync();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Blog.Diagnostics.Severity.Error);
        Assert.Equal(("input/posts/p.md", 9, 4), (error.File.Replace('\\', '/'), error.Line, error.Column));
        Assert.Contains("ma2020hsc", error.Message);
        Assert.Contains("'ma2020hsic'", error.Hint);
        Assert.False(Directory.Exists(site.OutputFolder) && site.HtmlFiles().Count > 0);
    }

    [Fact]
    public async Task An_unknown_author_in_text_key_stays_text_with_a_warning()
    {
        using var site = Site("关注 @somebody 的微博,并引用[@ma2020hsic]。");
        var result = await site.BuildOkAsync();
        var warning = Assert.Single(result.Diagnostics, d => d.Severity == Blog.Diagnostics.Severity.Warning);
        Assert.Contains("somebody", warning.Message);
        Assert.Contains("关注 @somebody 的微博", site.Html("2020/01/p/index.html").QuerySelector(".post-body")!.TextContent);
    }

    [Fact]
    public async Task A_missing_bib_file_is_an_error_at_the_front_matter_line()
    {
        using var site = Site("引用[@x]。", "bibliography: nothere.bib\n");
        var result = await site.BuildAsync();
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Blog.Diagnostics.Severity.Error);
        Assert.Equal(("input/posts/p.md", 5), (error.File.Replace('\\', '/'), error.Line));
        Assert.Contains("nothere.bib", error.Message);
    }

    [Fact]
    public async Task A_malformed_bib_entry_is_an_error_at_its_bib_line()
    {
        using var site = Site("引用[@ma2020hsic]。");
        site.WriteFile("input/refs.bib", Bib.Replace("year = {2017},", "year = {2017}\n  note = {x},"));
        site.WriteFile("input/posts/q.md", "---\ntitle: 二\ndate: 2020-01-02\nslug: q\n---\n\n引用[@jang2017categorical]。\n");
        var result = await site.BuildAsync();
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Blog.Diagnostics.Severity.Error);
        // citation-js stops at "note", where the comma after the year is missing.
        Assert.Equal(("input/refs.bib", 12), (error.File, error.Line));
        Assert.Contains("input/posts/q.md", error.Hint);
    }

    [Fact]
    public async Task A_second_build_formats_from_the_cache_without_starting_the_citation_worker()
    {
        using var site = Site("正文[@ma2020hsic]与 @jang2017categorical。");
        await site.BuildOkAsync();
        var first = site.ReadOutput("2020/01/p/index.html");
        Assert.True(Directory.EnumerateFiles(Path.Combine(site.Root, ".cache", "citations")).Any());

        // A node that cannot start: the build only succeeds if nothing asks for the worker.
        site.Settings(s => s["math"]!["node"] = "/nonexistent/node");
        var options = new BuildOptions { SiteRoot = site.Root };
        var settings = options.LoadSettings();
        await using var citations = new Blog.Typesetting.Citations.CitationFormatter(site.Root, settings.Math.Node, useCache: true);
        var output = Path.Combine(site.Root, "second");
        var engine = new Blog.Pipelines.Engine(SiteBuilder.CreatePipelines(options, settings, output, citations: citations));
        var diagnostics = new Blog.Diagnostics.DiagnosticBag();
        var result = await engine.ExecuteAsync(new Blog.Pipelines.PipelineContext(diagnostics));
        Assert.True(result.Success, string.Join("\n", diagnostics.All));
        Assert.Equal(0, citations.WorkersStarted);
        Assert.Equal(first, File.ReadAllText(Path.Combine(output, "2020/01/p/index.html")));
    }
}
