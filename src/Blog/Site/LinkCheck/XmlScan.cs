using System.Net;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Blog.Site.LinkCheck;

/// <summary>
/// The URLs of a generated XML file: <c>link href</c> and the links inside HTML content of an Atom
/// feed, <c>loc</c> of a sitemap. Null when the file is not well-formed XML.
/// </summary>
public static partial class XmlScan
{
    public static IReadOnlyList<FoundLink>? Of(string xml)
    {
        XDocument document;
        try { document = XDocument.Parse(xml); }
        catch (XmlException) { return null; }
        var links = new List<FoundLink>();
        foreach (var element in document.Descendants())
        {
            switch (element.Name.LocalName)
            {
                case "link" when element.Attribute("href") is { } href:
                    links.Add(new FoundLink(href.Value, 0));
                    break;
                case "loc":
                    links.Add(new FoundLink(element.Value.Trim(), 0));
                    break;
                case "content" or "summary" when (string?)element.Attribute("type") == "html":
                    // Our own serialisation of the posts, megabytes once math is typeset: its links
                    // are read with a pattern, not a full HTML parse.
                    links.AddRange(UrlAttribute().Matches(element.Value).Select(m => new FoundLink(WebUtility.HtmlDecode(m.Groups[2].Value), 0)));
                    break;
            }
        }
        return links;
    }

    [GeneratedRegex("(?<![\\w-])(href|src)=\"([^\"]*)\"")]
    private static partial Regex UrlAttribute();

    /// <summary>The <c>Sitemap:</c> lines of robots.txt.</summary>
    public static IReadOnlyList<FoundLink> OfRobots(string text) => text.Split('\n')
        .Where(l => l.StartsWith("Sitemap:", StringComparison.OrdinalIgnoreCase))
        .Select(l => new FoundLink(l["Sitemap:".Length..].Trim(), 0))
        .ToList();
}
