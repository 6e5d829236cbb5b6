using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Blog.Site;

/// <summary>
/// Characters XML 1.0 forbids (§2.2 Char: the C0 controls other than tab, line feed and carriage
/// return, lone surrogates, U+FFFE and U+FFFF) cannot be written even as character references,
/// so the feed and the sitemap leave them out; a form feed in a post would otherwise stop the build
/// with an exception from the XML writer. HTML pages keep them (HTML allows them as text).
/// </summary>
public static class XmlChars
{
    /// <summary>Removes forbidden characters from every text node and attribute under <paramref name="root"/>.</summary>
    public static void Clean(XElement root)
    {
        foreach (var element in root.DescendantsAndSelf())
        {
            foreach (var attribute in element.Attributes()) attribute.Value = Clean(attribute.Value);
            foreach (var text in element.Nodes().OfType<XText>()) text.Value = Clean(text.Value);
        }
    }

    /// <summary><paramref name="text"/> without the characters XML 1.0 forbids; the same instance when it has none.</summary>
    public static string Clean(string text)
    {
        var firstBad = FirstForbidden(text);
        if (firstBad < 0) return text;
        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text, i++, 2);
                continue;
            }
            if (XmlConvert.IsXmlChar(text[i])) clean.Append(text[i]);
        }
        return clean.ToString();
    }

    private static int FirstForbidden(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (!XmlConvert.IsXmlChar(text[i])) return i;
        }
        return -1;
    }
}
