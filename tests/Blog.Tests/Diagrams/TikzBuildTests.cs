using Blog.Tests.Support;

namespace Blog.Tests.Diagrams;

/// <summary>
/// ```tikz diagrams in a built site (no TeX installed: node-tikzjax's TeX in WebAssembly): SVG inline
/// in the page, numbered and referable, following the text colour, written beside the page for the
/// feed, drawn nothing on a rebuild, and unable to reach the machine's files or shell.
/// </summary>
public sealed class TikzBuildTests(TikzSite fixture) : IClassFixture<TikzSite>
{
    [Fact]
    public void Both_diagrams_are_inline_svg_in_the_page()
    {
        fixture.AssertBuilt();
        var page = fixture.Site.Html(TikzSite.PostPage);
        var diagrams = page.QuerySelectorAll("figure.tikz-figure .tikz-diagram");
        Assert.Equal(2, diagrams.Length);
        foreach (var diagram in diagrams)
        {
            var svg = diagram.QuerySelector("svg");
            Assert.NotNull(svg);
            Assert.NotEmpty(svg!.QuerySelectorAll("path"));
            Assert.EndsWith("em", svg.GetAttribute("width"));
        }
        // The square's labels (A, B, C, D, f, g, h, k) and the integral are TeX's own text in the SVG.
        Assert.Equal(8, diagrams[0].QuerySelectorAll("text").Length);
        Assert.Equal("an arrow to the integral of x squared", diagrams[1].GetAttribute("aria-label"));
    }

    [Fact]
    public void The_labelled_square_is_figure_1_with_its_caption_and_the_reference_links_to_it()
    {
        fixture.AssertBuilt();
        var page = fixture.Site.Html(TikzSite.PostPage);
        var figure = page.GetElementById("fig-square");
        Assert.NotNull(figure);
        var caption = figure!.QuerySelector("figcaption")!;
        Assert.Equal("图 1", caption.QuerySelector(".caption-number")!.TextContent);
        Assert.NotNull(caption.QuerySelector("em"));
        Assert.NotNull(caption.QuerySelector("mjx-container")); // the caption's math, typeset at build time
        var reference = page.QuerySelector("a[href='#fig-square']");
        Assert.NotNull(reference);
        Assert.Equal("图 1", reference!.TextContent);
        // Without a caption the figure is unnumbered.
        Assert.Null(page.QuerySelectorAll("figure.tikz-figure")[1].QuerySelector(".caption-number"));
    }

    [Fact]
    public void Strokes_and_fills_in_the_default_colour_are_currentColor()
    {
        fixture.AssertBuilt();
        var page = fixture.Site.Html(TikzSite.PostPage);
        foreach (var svg in page.QuerySelectorAll(".tikz-diagram svg"))
        {
            Assert.Equal("currentColor", svg.GetAttribute("fill"));
            var colours = svg.QuerySelectorAll("*").SelectMany(e => new[] { e.GetAttribute("stroke"), e.GetAttribute("fill") }).OfType<string>().ToHashSet();
            Assert.Contains("currentColor", colours);
            Assert.DoesNotContain("#000", colours);
            Assert.DoesNotContain("black", colours);
        }
    }

    [Fact]
    public void A_second_build_draws_nothing_and_starts_no_engine()
    {
        fixture.AssertBuilt();
        Assert.Equal(3, fixture.First.Diagrams!.Requests);
        Assert.Equal(1, fixture.First.Diagrams.EngineStarts);
        Assert.Equal(0, fixture.Second.Diagrams!.Requests);
        Assert.Equal(0, fixture.Second.Diagrams.EngineStarts);
        Assert.Equal(3, fixture.Second.Diagrams.CacheHits);
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(fixture.Site.Root, ".cache", "tikz"), "*.json", SearchOption.AllDirectories));
    }

    [Fact]
    public void The_svg_files_and_the_fonts_are_written_and_the_feed_carries_each_diagram_as_an_img_with_an_absolute_url()
    {
        fixture.AssertBuilt();
        var page = fixture.Site.Html(TikzSite.PostPage);
        var files = page.QuerySelectorAll("[data-tikz-file]").Select(d => d.GetAttribute("data-tikz-file")!).ToList();
        Assert.Equal(2, files.Count);
        foreach (var file in files) Assert.StartsWith("<svg", fixture.Site.ReadOutput("2024/01/diagrams/" + file));
        var css = fixture.Site.ReadOutput("assets/tikz/fonts.css");
        Assert.Contains("cmmi10", css);
        Assert.True(fixture.Site.OutputExists("assets/tikz/cmmi10.ttf"));

        var feed = fixture.Site.ReadOutput("atom.xml");
        var entry = System.Xml.Linq.XDocument.Parse(feed).Descendants(System.Xml.Linq.XName.Get("entry", "http://www.w3.org/2005/Atom"))
            .Single(e => e.Element(System.Xml.Linq.XName.Get("title", "http://www.w3.org/2005/Atom"))!.Value == "Diagrams");
        var content = TestSite.ParseHtml(entry.Element(System.Xml.Linq.XName.Get("content", "http://www.w3.org/2005/Atom"))!.Value);
        Assert.Empty(content.QuerySelectorAll("svg"));
        var images = content.QuerySelectorAll(".tikz-diagram img").Select(i => i.GetAttribute("src")!).ToList();
        Assert.Equal(files.Select(f => "http://localhost:5080/2024/01/diagrams/" + f), images);
        Assert.Equal("an arrow to the integral of x squared", content.QuerySelectorAll(".tikz-diagram img")[1].GetAttribute("alt"));
    }

    [Fact]
    public void Search_indexes_the_caption_and_the_alt_text_not_the_svg_markup()
    {
        fixture.AssertBuilt();
        var page = fixture.Site.Html(TikzSite.PostPage);
        foreach (var diagram in page.QuerySelectorAll(".tikz-diagram"))
        {
            Assert.Equal("aria-label", diagram.GetAttribute("data-pagefind-index-attrs"));
            Assert.Equal("all", diagram.QuerySelector("svg")!.GetAttribute("data-pagefind-ignore"));
        }
        Assert.Equal("A commuting square, g\\circ f = k\\circ h", page.GetElementById("fig-square")!.QuerySelector(".tikz-diagram")!.GetAttribute("aria-label"));
    }

    [Fact]
    public void TeX_in_a_diagram_reaches_nothing_of_the_machine()
    {
        fixture.AssertBuilt();
        // \openin of /etc/hostname finds no file (the engine reads only its own files), and \write18 runs nothing.
        var texts = fixture.Site.Html(TikzSite.ProbePage).QuerySelectorAll(".tikz-diagram svg text").Select(t => t.TextContent).ToList();
        Assert.Equal(["closed"], texts);
        Assert.False(File.Exists(fixture.Witness));
    }
}
