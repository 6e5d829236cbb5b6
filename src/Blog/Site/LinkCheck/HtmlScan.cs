using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Blog.Site.LinkCheck;

/// <summary>
/// What the link checker needs from one HTML page: the ids it defines (fragment targets), the URLs
/// it refers to, and the TeX of its formulas. One walk over the elements (a CSS selector per
/// attribute would walk the page twenty times; this runs on every page of every build).
/// </summary>
public sealed record HtmlScan(IReadOnlySet<string> Ids, IReadOnlyList<FoundLink> Links, IReadOnlyList<MathSource> Math)
{
    // Attributes that load or link to something, by element; srcset lists several URLs.
    private static readonly Dictionary<string, string[]> UrlAttributes = new()
    {
        ["a"] = ["href"], ["area"] = ["href"], ["link"] = ["href"], ["img"] = ["src", "srcset"], ["script"] = ["src"],
        ["iframe"] = ["src"], ["video"] = ["src", "poster"], ["audio"] = ["src"], ["source"] = ["src", "srcset"],
        ["track"] = ["src"], ["embed"] = ["src"], ["object"] = ["data"],
    };

    // Open Graph and Twitter tags whose content is a URL.
    private static readonly HashSet<string> UrlMeta = ["og:url", "og:image", "twitter:image"];

    // Resource hints name an origin, not a file.
    private static readonly HashSet<string> HintRels = ["preconnect", "dns-prefetch"];

    public static HtmlScan Of(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<FoundLink>();
        var math = new List<MathSource>();
        foreach (var element in document.All)
        {
            if (element.Id is { Length: > 0 } id) ids.Add(id);
            var name = element.LocalName;
            if (name == "a" && element.GetAttribute("name") is { Length: > 0 } anchor) ids.Add(anchor);
            if (UrlAttributes.TryGetValue(name, out var attributes) && !IsResourceHint(element))
            {
                foreach (var attribute in attributes)
                {
                    if (element.GetAttribute(attribute) is not { } value) continue;
                    var urls = attribute == "srcset" ? SrcsetUrls(value) : [value];
                    links.AddRange(urls.Select(u => new FoundLink(u.Trim(), LineOf(element))));
                }
            }
            if (name == "meta" && UrlMeta.Contains(element.GetAttribute("property") ?? element.GetAttribute("name") ?? "")
                && element.GetAttribute("content") is { } content)
                links.Add(new FoundLink(content.Trim(), 0));
            if (element.ClassList.Contains("math"))
                math.Add(new MathSource(TexOf(element), LineOf(element)));
            if (name == "script" && !element.HasAttribute("src"))
                links.AddRange(MathJaxPaths.Of(element.TextContent));
        }
        return new HtmlScan(ids, links, math);
    }

    /// <summary>
    /// The TeX of a math element: its text in client mode; when typeset at build time, the
    /// <c>data-latex</c> MathJax keeps on <c>mjx-math</c> (or a <c>data-tex</c> a renderer chose to keep).
    /// </summary>
    private static string TexOf(IElement math)
    {
        if (math.GetAttribute("data-tex") is { } tex) return tex;
        if (math.ChildElementCount == 0) return math.TextContent;
        var typeset = math.QuerySelectorAll("mjx-math[data-latex]").Select(m => m.GetAttribute("data-latex")).ToList();
        return typeset.Count > 0 ? string.Join('\n', typeset) : math.TextContent;
    }

    private static bool IsResourceHint(IElement element) =>
        element.LocalName == "link" && (element.GetAttribute("rel") ?? "").Split(' ').Any(HintRels.Contains);

    /// <summary>The nearest <c>data-line</c> at or above the element: the Markdown line it was written on.</summary>
    private static int LineOf(IElement? element)
    {
        for (; element is not null; element = element.ParentElement)
            if (int.TryParse(element.GetAttribute("data-line"), out var line)) return line;
        return 0;
    }

    /// <summary>"a.png 1x, b.png 2x" → a.png, b.png.</summary>
    private static IEnumerable<string> SrcsetUrls(string srcset) => srcset
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(candidate => candidate.Split(' ', 2)[0]);
}
