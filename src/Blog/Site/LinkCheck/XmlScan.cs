using System.Xml;
using System.Xml.Linq;

namespace Blog.Site.LinkCheck;

/// <summary>
/// The URLs of a generated XML file: <c>link href</c> of an Atom feed, <c>loc</c> of a sitemap. Null when the
/// file is not well-formed XML. The HTML an entry carries is its post's, whose links are checked where the
/// post was written (from its renderers' records) and made absolute against the post's URL, so it is not read again.
/// </summary>
public static class XmlScan
{
    /// <summary>The last files scanned, by content: the preview writes the same sitemap and feed text on most rebuilds.</summary>
    private static readonly LastScans Recent = new();

    public static IReadOnlyList<FoundLink>? Of(string xml) => Recent.Get(xml, Parse);

    /// <summary>A few (text, result) pairs, newest first; a text equal to one of them gets its result without a parse.</summary>
    private sealed class LastScans
    {
        private const int Size = 4;
        private readonly object _gate = new();
        private readonly List<(string Text, IReadOnlyList<FoundLink>? Links)> _items = [];

        public IReadOnlyList<FoundLink>? Get(string text, Func<string, IReadOnlyList<FoundLink>?> scan)
        {
            lock (_gate)
                foreach (var item in _items)
                    if (string.Equals(item.Text, text, StringComparison.Ordinal)) return item.Links;
            var links = scan(text);
            lock (_gate)
            {
                _items.Insert(0, (text, links));
                if (_items.Count > Size) _items.RemoveAt(Size);
            }
            return links;
        }
    }

    private static IReadOnlyList<FoundLink>? Parse(string xml)
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
            }
        }
        return links;
    }

    /// <summary>The <c>Sitemap:</c> lines of robots.txt.</summary>
    public static IReadOnlyList<FoundLink> OfRobots(string text) => text.Split('\n')
        .Where(l => l.StartsWith("Sitemap:", StringComparison.OrdinalIgnoreCase))
        .Select(l => new FoundLink(l["Sitemap:".Length..].Trim(), 0))
        .ToList();
}
