using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Blog.Site.LinkCheck;

/// <summary>
/// What the link checker needs from one HTML page: the ids it defines (fragment targets), the URLs
/// it refers to, and the TeX of its formulas.
/// </summary>
public sealed record HtmlScan(IReadOnlySet<string> Ids, IReadOnlyList<FoundLink> Links, IReadOnlyList<MathSource> Math)
{
    // Element and attribute pairs that load or link to something; srcset lists several URLs.
    private static readonly (string Selector, string Attribute)[] Sources =
    [
        ("a[href]", "href"), ("area[href]", "href"), ("link[href]", "href"), ("img[src]", "src"), ("script[src]", "src"),
        ("iframe[src]", "src"), ("video[src]", "src"), ("video[poster]", "poster"), ("audio[src]", "src"),
        ("source[src]", "src"), ("track[src]", "src"), ("embed[src]", "src"), ("object[data]", "data"),
        ("img[srcset]", "srcset"), ("source[srcset]", "srcset"),
        ("meta[property='og:url']", "content"), ("meta[property='og:image']", "content"), ("meta[name='twitter:image']", "content"),
    ];

    // Resource hints name an origin, not a file.
    private static readonly HashSet<string> HintRels = ["preconnect", "dns-prefetch"];

    public static HtmlScan Of(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.All)
        {
            if (element.Id is { Length: > 0 } id) ids.Add(id);
            if (element.LocalName == "a" && element.GetAttribute("name") is { Length: > 0 } name) ids.Add(name);
        }

        var links = new List<FoundLink>();
        foreach (var (selector, attribute) in Sources)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                if (element.LocalName == "link" && (element.GetAttribute("rel") ?? "").Split(' ').Any(HintRels.Contains)) continue;
                var value = element.GetAttribute(attribute)!;
                var urls = attribute == "srcset" ? SrcsetUrls(value) : [value];
                links.AddRange(urls.Select(u => new FoundLink(u.Trim(), LineOf(element))));
            }
        }

        links.AddRange(MathJaxPaths.Of(document));

        var math = document.QuerySelectorAll(".math")
            .Select(e => new MathSource(e.GetAttribute("data-tex") ?? e.TextContent, LineOf(e)))
            .ToList();
        return new HtmlScan(ids, links, math);
    }

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
