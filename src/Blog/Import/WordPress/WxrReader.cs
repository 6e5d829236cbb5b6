using System.Xml;
using System.Xml.Linq;

namespace Blog.Import.WordPress;

/// <summary>One <c>&lt;item&gt;</c> of a WordPress export: a post, page, attachment or other object, with the line it starts on.</summary>
public sealed record WxrItem(XElement Element, int Line)
{
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace Excerpt = "http://wordpress.org/export/1.2/excerpt/";

    /// <summary>A <c>wp:</c> child's text (any WXR version's namespace), or "".</summary>
    public string Wp(string name) => Element.Elements().FirstOrDefault(e => e.Name.LocalName == name && e.Name.NamespaceName.StartsWith("http://wordpress.org/export/"))?.Value ?? "";

    public string Child(string name) => Element.Element(name)?.Value ?? "";
}

/// <summary>
/// Reads a WordPress eXtended RSS export (Tools → Export) one <c>&lt;item&gt;</c> at a time with
/// <see cref="XmlReader"/>: the file is read once, front to back, so the work grows linearly with its size;
/// a DTD is refused (no entity expansion). Source: the WXR format as WordPress's exporter writes it
/// (RSS 2.0 with the <c>wp:</c>, <c>content:</c>, <c>excerpt:</c>, <c>dc:</c> namespaces).
/// </summary>
public sealed class WxrReader(string path)
{
    /// <summary>Bytes read from the file so far (equal to its length after a full read: one pass).</summary>
    public long BytesRead { get; private set; }

    /// <summary>The site's address from <c>&lt;wp:base_site_url&gt;</c> or the channel's <c>&lt;link&gt;</c>, once read.</summary>
    public string SiteUrl { get; private set; } = "";

    /// <exception cref="XmlException">The file is not well-formed XML (with its line and position).</exception>
    public IEnumerable<WxrItem> Items()
    {
        using var stream = File.OpenRead(path);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });
        var info = (IXmlLineInfo)reader;
        Placed(() => reader.MoveToContent(), info, path);
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "item" && reader.NamespaceURI.Length == 0)
            {
                var line = info.LineNumber;
                var item = new WxrItem((XElement)XNode.ReadFrom(reader), line);
                BytesRead = stream.Position;
                yield return item;
                continue;
            }
            if (reader.NodeType == XmlNodeType.Element && SiteUrl.Length == 0 && (reader.LocalName == "base_site_url" || (reader.LocalName == "link" && reader.NamespaceURI.Length == 0)))
            {
                SiteUrl = reader.ReadElementContentAsString().Trim();
                continue;
            }
            Placed(() => reader.Read(), info, path);
            BytesRead = stream.Position;
        }
        BytesRead = stream.Position;
    }

    /// <summary>Runs a read; an <see cref="XmlException"/> without a place (a refused DTD) gets the reader's line, and a DTD a message that says what to do.</summary>
    private static void Placed(Action read, IXmlLineInfo info, string path)
    {
        try
        {
            read();
        }
        catch (XmlException e) when (e.LineNumber == 0 || e.Message.Contains("DTD"))
        {
            var message = e.Message.Contains("DTD")
                ? "it has a DTD (<!DOCTYPE … [ … ]>), which is refused so that no entity can expand; WordPress never writes one, so remove it."
                : e.Message;
            var line = Math.Max(e.LineNumber, info.LineNumber);
            // A refused DTD comes before the reader has a place: its line is the <!DOCTYPE's.
            if (line == 0 && e.Message.Contains("DTD"))
                line = File.ReadLines(path).Select((text, i) => (text, i)).FirstOrDefault(l => l.text.Contains("<!DOCTYPE")).i + 1;
            throw new XmlException(message, e, line, Math.Max(e.LinePosition, info.LinePosition));
        }
    }
}
