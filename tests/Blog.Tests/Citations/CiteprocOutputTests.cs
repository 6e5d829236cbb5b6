using System.Diagnostics;
using System.Text.Json;
using Blog.Markup.Citations;
using Blog.Tests.Support;
using Blog.Typesetting;
using Blog.Typesetting.Citations;

namespace Blog.Tests.Citations;

/// <summary>
/// Our citation worker against citeproc-js run directly (a few lines of its documented API in a
/// Node script written by the test): the same entries, citations and style give the same text.
/// Also: TeX in BibTeX fields comes out as text, and case protection holds.
/// </summary>
public sealed class CiteprocOutputTests
{
    private const string Items = """
        [
          {"id": "ma2020hsic", "type": "paper-conference", "language": "en-US",
           "title": "The HSIC bottleneck: Deep learning without back-propagation",
           "author": [{"family": "Ma", "given": "Wan-Duo Kurt"}, {"family": "Lewis", "given": "J. P."}, {"family": "Kleijn", "given": "W. Bastiaan"}],
           "container-title": "Proceedings of the AAAI Conference on Artificial Intelligence", "volume": "34", "issue": "04",
           "page": "5085-5092", "issued": {"date-parts": [[2020]]}, "DOI": "10.1609/aaai.v34i04.5950"},
          {"id": "gretton2005", "type": "paper-conference", "language": "en-US",
           "title": "Measuring statistical dependence with Hilbert-Schmidt norms",
           "author": [{"family": "Gretton", "given": "Arthur"}, {"family": "Bousquet", "given": "Olivier"}, {"family": "Smola", "given": "Alex"}, {"family": "Schölkopf", "given": "Bernhard"}],
           "container-title": "Algorithmic Learning Theory", "publisher": "Springer", "page": "63-77", "issued": {"date-parts": [[2005]]}},
          {"id": "jang2017", "type": "paper-conference", "language": "en-US",
           "title": "Categorical reparameterization with Gumbel-Softmax",
           "author": [{"family": "Jang", "given": "Eric"}, {"family": "Gu", "given": "Shixiang"}, {"family": "Poole", "given": "Ben"}],
           "container-title": "International Conference on Learning Representations", "issued": {"date-parts": [[2017]]}}
        ]
        """;

    private static readonly CiteCluster[] Clusters =
    [
        new([new CitationItem("ma2020hsic")], false),
        new([new CitationItem("gretton2005", Locator: "70", Label: "page", LocatorText: "p. 70"), new CitationItem("jang2017", Prefix: "see ")], false),
        new([new CitationItem("ma2020hsic", SuppressAuthor: true)], false),
    ];

    [Theory]
    [InlineData("china-national-standard-gb-t-7714-2015-numeric", "zh-CN")]
    [InlineData("apa", "en-US")]
    [InlineData("apa", "zh-CN")]
    public async Task Same_output_as_citeproc_js_itself(string styleName, string locale)
    {
        var style = CslStyles.Load(styleName, TestSite.SampleFixture, "statiq.json", 0);
        var bib = CslJsonScanner.Scan(Items, "refs.json", "h");
        var request = new CiteRequest(0, style.Xml, style.Hash, locale, CslStyles.Locales, false,
            bib.Entries.Values.ToList(), "", Clusters);
        using var temp = TestSite.Empty();
        await using var formatter = new CitationFormatter(temp.Root, "node", useCache: false);
        var (ours, errors) = await formatter.FormatAsync(request, CancellationToken.None);
        Assert.Empty(errors);

        // GB/T 7714's citations print no locator: the writer's locator goes after the number, as Pandoc prints it.
        var (citations, bibliography) = RunCiteprocDirectly(style.Xml, locale, locatorInSuffix: styleName.StartsWith("china", StringComparison.Ordinal));
        Assert.Equal(citations, ours!.Citations);
        Assert.Equal(bibliography, ours.Bibliography.Select(b => b.Html));
        Assert.NotEmpty(bibliography);
    }

    [Fact]
    public async Task TeX_accents_math_and_case_protection_in_bibtex()
    {
        var bib = BibTexScanner.Scan("""
            @article{devlin2019,
              author = {Devlin, Jacob and G{\"o}del, Kurt and Sch{\"{o}}lkopf, Bernhard and Ma{\~n}ana, Jos{\'e}},
              title = {{BERT}: Pre-training of Deep Bidirectional Transformers with $\alpha$-Divergences},
              journal = {Journal of {Machine Learning} Research},
              year = {2019},
            }
            """, "refs.bib", "h");
        var style = CslStyles.Load("apa", TestSite.SampleFixture, "statiq.json", 0);
        var request = new CiteRequest(0, style.Xml, style.Hash, "en-US", CslStyles.Locales, true, bib.Entries.Values.ToList(), "",
            [new([new CitationItem("devlin2019")], false)]);
        using var temp = TestSite.Empty();
        await using var formatter = new CitationFormatter(temp.Root, "node", useCache: false);
        var (result, errors) = await formatter.FormatAsync(request, CancellationToken.None);
        Assert.Empty(errors);
        var text = TestSite.ParseHtml(result!.Bibliography[0].Html).Body!.TextContent;
        Assert.Contains("Gödel, K.", text);
        Assert.Contains("Schölkopf, B.", text);
        Assert.Contains("Mañana, J.", text);
        // APA writes article titles in sentence case: braced words keep their case, the rest is lowered.
        Assert.Contains("BERT: Pre-training of deep bidirectional transformers with α-", text);
        Assert.Contains("Journal of Machine Learning Research", text);
        Assert.DoesNotContain("{", text);
        Assert.DoesNotContain("\\", text);
        Assert.Contains("href=\"#ref-devlin2019\"", result.Citations[0]);
    }

    [Fact]
    public async Task Gb_t_7714_formats_each_entry_in_its_own_language()
    {
        var bib = BibTexScanner.Scan("""
            @article{zh, author = {张三 and 李四 and 王五 and 赵六}, title = {核方法与独立性}, journal = {计算机学报}, year = {2019}}
            @article{en, author = {Gretton, Arthur and Bousquet, Olivier and Smola, Alex and Sch{\"o}lkopf, Bernhard},
              title = {Kernel Methods}, journal = {Machine Learning}, year = {2005}}
            @article{de, author = {A, B and C, D and E, F and G, H}, title = {Kerne}, journal = {Z}, year = {2001}, langid = {english}}
            """, "refs.bib", "h");
        var style = CslStyles.Load(CslStyles.Default, TestSite.SampleFixture, "statiq.json", 0);
        var request = new CiteRequest(0, style.Xml, style.Hash, "zh-CN", CslStyles.Locales, true, bib.Entries.Values.ToList(), "",
            [new([new CitationItem("zh"), new CitationItem("en"), new CitationItem("de")], false)]);
        using var temp = TestSite.Empty();
        await using var formatter = new CitationFormatter(temp.Root, "node", useCache: false);
        var (result, errors) = await formatter.FormatAsync(request, CancellationToken.None);
        Assert.Empty(errors);
        string Text(string id) => TestSite.ParseHtml(result!.Bibliography.Single(b => b.Id == id).Html).Body!.TextContent;
        Assert.Contains("张三, 李四, 王五, 等.", Text("zh"));
        Assert.Contains("GRETTON A, BOUSQUET O, SMOLA A, et al.", Text("en"));
        Assert.Contains("et al.", Text("de")); // langid = {english} read as en-US
    }

    [Fact]
    public async Task A_malformed_entry_is_an_error_at_its_line_in_the_bib_file()
    {
        var bib = BibTexScanner.Scan("% header\n\n@article{ok, title = {Fine}, year = 2000}\n@article{bad,\n  title = {x},\n  year = 2000\n  author = {A, B}\n}\n", "refs.bib", "h");
        Assert.Empty(bib.Problems);
        var style = CslStyles.Load("ieee", TestSite.SampleFixture, "statiq.json", 0);
        var request = new CiteRequest(0, style.Xml, style.Hash, "en-US", CslStyles.Locales, true, [bib.Entries["bad"]], "",
            [new([new CitationItem("bad")], false)]);
        using var temp = TestSite.Empty();
        await using var formatter = new CitationFormatter(temp.Root, "node", useCache: false);
        var (result, errors) = await formatter.FormatAsync(request, CancellationToken.None);
        Assert.Null(result);
        var error = Assert.Single(errors);
        Assert.Equal(("refs.bib", 7), (error.File, error.Line));
    }

    /// <summary>citeproc-js's documented API: one engine, processCitationCluster per citation in order, then makeBibliography.</summary>
    private static (List<string> Citations, List<string> Bibliography) RunCiteprocDirectly(string style, string locale, bool locatorInSuffix)
    {
        var modules = NodeModules.Find(TestSite.RepoRoot, "citeproc")!;
        var script = Path.Combine(Path.GetTempPath(), $"citeproc-direct-{Guid.NewGuid():N}.cjs");
        File.WriteAllText(script, """
            const fs = require('fs');
            const input = JSON.parse(fs.readFileSync(0, 'utf8'));
            const CSL = require(input.modules + '/citeproc');
            const items = Object.fromEntries(input.items.map((i) => [i.id, i]));
            const engine = new CSL.Engine({ retrieveLocale: (l) => input.locales[l] ?? input.locales['en-US'], retrieveItem: (id) => items[id] },
              input.style, input.locale);
            engine.opt.development_extensions.wrap_url_and_doi = true; // DOI and URL as links, as the site does
            const out = [];
            const pre = [];
            input.citations.forEach((c, i) => {
              const citation = { citationID: 'c' + i, citationItems: c, properties: { noteIndex: 0 } };
              const [, changed] = engine.processCitationCluster(citation, pre, []);
              for (const [index, text] of changed) out[index] = text;
              pre.push(['c' + i, 0]);
            });
            const [, entries] = engine.makeBibliography();
            process.stdout.write(JSON.stringify({ citations: out, bibliography: entries.map((e) => e.trim()) }));
            """);
        try
        {
            var info = new ProcessStartInfo("node", script) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
            using var node = Process.Start(info)!;
            var citations = Clusters.Select(c => c.Items.Select(i => new Dictionary<string, object>
            {
                ["id"] = i.Key,
                ["prefix"] = i.Prefix,
                ["locator"] = locatorInSuffix ? "" : i.Locator,
                ["suffix"] = locatorInSuffix && i.Locator.Length > 0 ? ", " + i.LocatorText + i.Suffix : i.Suffix,
                ["label"] = i.Label.Length > 0 ? i.Label : "page",
                ["suppress-author"] = i.SuppressAuthor,
            }.Where(kv => kv.Value is not "" and not false).ToDictionary()).ToList()).ToList();
            node.StandardInput.Write(JsonSerializer.Serialize(new
            {
                modules, style, locale, locales = CslStyles.Locales,
                items = JsonDocument.Parse(Items).RootElement, citations,
            }));
            node.StandardInput.Close();
            var output = node.StandardOutput.ReadToEnd();
            var error = node.StandardError.ReadToEnd();
            node.WaitForExit();
            Assert.True(node.ExitCode == 0, error);
            using var json = JsonDocument.Parse(output);
            return (json.RootElement.GetProperty("citations").EnumerateArray().Select(e => e.GetString()!).ToList(),
                json.RootElement.GetProperty("bibliography").EnumerateArray().Select(e => e.GetString()!).ToList());
        }
        finally
        {
            File.Delete(script);
        }
    }
}
