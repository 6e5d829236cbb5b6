using AngleSharp.Dom;
using Blog.Typesetting.Citations;

namespace Blog.Tests.Citations;

/// <summary>
/// Values from a bibliography never become markup: with hostile values in every field of .bib and
/// CSL-JSON entries, in every shipped style, the citations and the bibliography hold only the elements
/// and attributes <see cref="CitationMarkup"/> keeps, and every link is http(s) or the page's own.
/// The browser half is Browser/HostileBibliographyBrowserTests.
/// </summary>
public sealed class HostileBibliographyTests
{
    private static readonly HashSet<string> Attributes = ["class", "style", "href", "id", "data-preview", "role", "data-cites"];

    [Fact]
    public async Task No_value_from_a_bibliography_adds_an_element_or_an_attribute_in_any_shipped_style()
    {
        Assert.NotEmpty(CslStyles.Shipped);
        using var site = HostileBibliography.Create();
        await site.BuildOkAsync();
        foreach (var (style, path) in HostileBibliography.Posts)
        {
            var page = site.Html(path.Trim('/') + "/index.html");
            var parts = page.QuerySelectorAll("span.citation, #refs").ToList();
            Assert.True(parts.Count >= 3, $"{style}: citations and bibliography expected");
            Assert.Equal(HostileBibliography.Payloads.Length * 2, page.QuerySelectorAll("#refs .csl-entry").Length);
            foreach (var element in parts.SelectMany(p => p.QuerySelectorAll("*").Prepend(p)))
            {
                Assert.DoesNotContain(element.LocalName, new[] { "script", "img", "svg", "iframe", "style" });
                foreach (var attribute in element.Attributes)
                    Assert.True(Attributes.Contains(attribute.Name), $"{style}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                if (element.GetAttribute("href") is { } href)
                    Assert.True(href.StartsWith("#ref-") || href.StartsWith("https://") || href.StartsWith("http://"), $"{style}: href {href}");
            }
            // The text survives as text: the reader still sees what the entry says.
            Assert.Contains("window.__pwned=1", page.GetElementById("refs")!.TextContent);
            // Nowhere on the page does a handler appear (the theme's own markup included).
            Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on") || a.Name == "autofocus");
        }
    }

    [Theory]
    [InlineData("<a href=\"https://doi.org/10.1/\" autofocus tabindex=\"0\" onfocus=\"x()\" x=\"\">10.1/</a>", "<a href=\"https://doi.org/10.1/\">10.1/</a>")]
    [InlineData("<a href=\"javascript:x()\">t</a>", "<a>t</a>")]
    [InlineData("<a href=\" JaVaScRiPt:x()\">t</a>", "<a>t</a>")]
    [InlineData("<a href=\"data:text/html,x\">t</a>", "<a>t</a>")]
    [InlineData("<script>x()</script>after", "after")]
    [InlineData("<img src=x onerror=x()>t", "t")]
    [InlineData("<i onclick=\"x()\" style=\"position:fixed\">t</i>", "<i>t</i>")]
    [InlineData("<span style=\"font-variant:small-caps;\" cslid=\"3\">t</span>", "<span style=\"font-variant:small-caps;\">t</span>")]
    [InlineData("<div class=\"csl-entry\"><div class=\"csl-left-margin\">[1]</div></div>", "<div class=\"csl-entry\"><div class=\"csl-left-margin\">[1]</div></div>")]
    [InlineData("<a href=\"#ref-a\" data-preview>1</a>", "<a href=\"#ref-a\" data-preview=\"\">1</a>")]
    [InlineData("&#60;script&#62;x&#38;y", "&lt;script&gt;x&amp;y")]
    [InlineData("<a href=\"https://x.org/a b\">u</a>", "<a href=\"https://x.org/a%20b\">u</a>")]
    [InlineData("<svg><a href=\"https://x.org\" onload=\"x()\">t</a></svg>", "")]
    public void Clean_keeps_only_the_markup_citeproc_makes(string html, string expected) =>
        Assert.Equal(expected, CitationMarkup.Clean(html));

    [Theory]
    [InlineData("10.1609/aaai.v34i04.5950", "https://doi.org/10.1609/aaai.v34i04.5950")]
    [InlineData("doi:10.1/x y", "https://doi.org/10.1/x%20y")]
    [InlineData("https://example.org/a\"b'c<d>", "https://example.org/a%22b%27c%3Cd%3E")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("vbscript:x", null)]
    [InlineData("file:///etc/passwd", null)]
    [InlineData("/relative", null)]
    public void Urls_from_data_are_http_or_doi_and_percent_encoded(string value, string? expected) =>
        Assert.Equal(expected, CitationMarkup.SafeUrl(value));
}
