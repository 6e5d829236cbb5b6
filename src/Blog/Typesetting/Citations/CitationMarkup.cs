using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Blog.Typesetting.Citations;

/// <summary>
/// Writes citeproc-js's HTML anew, so that nothing from a bibliography (.bib, CSL-JSON) can add an
/// element or an attribute to a page. citeproc-js builds its HTML by joining strings and does not
/// escape quotes in the links it makes from DOI and URL fields; this parses its output (HTML5 rules,
/// AngleSharp) and writes a new tree through AngleSharp's serializer, which escapes every text and
/// attribute value. Kept: the elements citeproc-js's "html" format makes (a, b, i, em, strong, span,
/// div, sup, sub, br) and their attributes class, style (only the declarations citeproc-js writes),
/// href (only http(s) URLs, percent-encoded, and the page's own <c>#ref-…</c> anchors), id and
/// data-preview. Any other element is replaced by its text (script, style and the like by nothing);
/// any other attribute is dropped.
/// </summary>
public static class CitationMarkup
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
        { "a", "b", "i", "em", "strong", "span", "div", "sup", "sub", "br" };

    /// <summary>Elements whose content is not text a reader sees, so nothing of them is kept.</summary>
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
        { "script", "style", "template", "iframe", "object", "embed", "noscript", "svg", "math", "textarea", "title", "xmp", "noembed", "noframes" };

    /// <summary>The inline styles citeproc-js's "html" output format writes (CSL.Output.Formats.html).</summary>
    private static readonly HashSet<string> Styles = new(StringComparer.Ordinal)
    {
        "font-style:normal;", "font-variant:small-caps;", "font-variant:normal;", "font-weight:normal;",
        "font-weight:light;", "text-decoration:none;", "text-decoration:underline;", "baseline", "vertical-align:baseline;",
    };

    /// <summary>
    /// The same content as <paramref name="html"/> with only the elements and attributes listed in the
    /// type's summary, every value escaped by the serializer. Never throws on any input.
    /// </summary>
    public static string Clean(string html)
    {
        var document = Parser.ParseDocument("");
        var source = Parser.ParseFragment(html, document.Body!);
        var target = document.CreateElement("div");
        foreach (var node in source) CopyInto(target, node, document);
        return target.InnerHtml;
    }

    /// <summary>
    /// A link target from data as an absolute, percent-encoded http(s) URL (a bare DOI or <c>doi:</c>
    /// becomes https://doi.org/…), or null for anything else (javascript:, data:, relative paths).
    /// </summary>
    public static string? SafeUrl(string value)
    {
        var text = value.Trim();
        if (text.StartsWith("doi:", StringComparison.OrdinalIgnoreCase)) text = "https://doi.org/" + text[4..].TrimStart();
        else if (text.StartsWith("10.", StringComparison.Ordinal)) text = "https://doi.org/" + text;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0) return null;
        // AbsoluteUri percent-encodes spaces, quotes, angle brackets and non-ASCII characters.
        return uri.AbsoluteUri.Replace("\"", "%22", StringComparison.Ordinal).Replace("'", "%27", StringComparison.Ordinal);
    }

    private static void CopyInto(IElement parent, INode node, IDocument document)
    {
        switch (node)
        {
            case IText text:
                parent.AppendChild(document.CreateTextNode(text.Data));
                return;
            case IElement element:
                var name = element.LocalName;
                if (Dropped.Contains(name) || element is IHtmlTemplateElement) return;
                if (!Elements.Contains(name) || element.NamespaceUri != NamespaceNames.HtmlUri)
                {
                    foreach (var child in element.ChildNodes) CopyInto(parent, child, document);
                    return;
                }
                var copy = document.CreateElement(name);
                foreach (var attribute in element.Attributes)
                    if (Allowed(name, attribute.Name, attribute.Value) is { } value) copy.SetAttribute(attribute.Name, value);
                foreach (var child in element.ChildNodes) CopyInto(copy, child, document);
                parent.AppendChild(copy);
                return;
        }
        // Comments and processing instructions are left out.
    }

    private static string? Allowed(string element, string attribute, string value) => attribute switch
    {
        "class" => IsClassList(value) ? value : null,
        "style" => Styles.Contains(value) ? value : null,
        "id" => value,
        "data-preview" when element == "a" => "",
        "href" when element == "a" => value.StartsWith("#ref-", StringComparison.Ordinal) ? value : SafeUrl(value),
        _ => null,
    };

    private static bool IsClassList(string value) =>
        value.Length <= 200 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ' ');
}
