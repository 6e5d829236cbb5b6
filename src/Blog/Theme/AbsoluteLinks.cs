using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Blog.Theme;

/// <summary>
/// HTML of a post shown out of its page. Feed readers have no base URL, so every relative URL
/// ("/repo/x/", "../x.png", "#fn:1") becomes absolute; an excerpt on a list page keeps root-relative
/// links but gets its fragment and relative links pointed back at the post. Both resolve against
/// the post's own URL, as a browser on that page would (RFC 3986 §5).
/// </summary>
/// <remarks>
/// The HTML is parsed with AngleSharp, so quoting (double, single, none) and entities do not
/// matter. The URL-holding attributes are those of the HTML standard's "URL" attribute index that
/// a post can carry: <c>href</c>, <c>src</c>, <c>srcset</c> (every candidate), <c>poster</c>,
/// <c>object data</c>, <c>cite</c>, and SVG's <c>href</c>/<c>xlink:href</c>. A URL with a scheme
/// (<c>https:</c>, <c>mailto:</c>, <c>data:</c>) is left alone, and so is an SVG <c>&lt;use&gt;</c>
/// pointing at a fragment: that element sits in the same HTML, so the local reference still works
/// there, while an absolute one would be a cross-document reference that browsers refuse.
/// </remarks>
public static class AbsoluteLinks
{
    private const string XLink = "http://www.w3.org/1999/xlink";
    private static readonly HtmlParser Parser = new();

    /// <summary>Every relative URL in <paramref name="html"/> made absolute against <paramref name="pageUrl"/> (an absolute URL).</summary>
    public static string Rewrite(string html, string pageUrl) => Rebase(html, pageUrl, absolute: true);

    /// <summary>
    /// Every relative URL made root-relative (path, query, fragment) as resolved against
    /// <paramref name="pageUrl"/>; a protocol-relative URL to another host stays absolute.
    /// </summary>
    public static string RootRelative(string html, string pageUrl) => Rebase(html, pageUrl, absolute: false);

    private static string Rebase(string html, string pageUrl, bool absolute)
    {
        if (html.Length == 0 || !html.Contains('=')) return html; // no attribute at all
        var page = new Uri(pageUrl);
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var changed = false;
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes.ToList())
            {
                if (!HoldsUrl(element, attribute)) continue;
                var value = attribute.LocalName == "srcset"
                    ? SrcSet.Map(attribute.Value, url => Resolve(page, url, absolute))
                    : Resolve(page, attribute.Value, absolute);
                if (value == attribute.Value) continue;
                attribute.Value = value;
                changed = true;
            }
        }
        return changed ? document.Body.InnerHtml : html;
    }

    /// <summary>Whether the attribute holds a URL that a reader's browser would follow or load.</summary>
    private static bool HoldsUrl(IElement element, IAttr attribute)
    {
        var svg = element.NamespaceUri == NamespaceNames.SvgUri;
        if (attribute.NamespaceUri == XLink || (svg && attribute.Name == "xlink:href"))
            return attribute.LocalName == "href" && !SameDocumentUse(element, attribute.Value);
        return attribute.LocalName switch
        {
            "href" => !(svg && SameDocumentUse(element, attribute.Value)),
            "src" or "srcset" or "poster" or "cite" => true,
            "data" => element.LocalName == "object",
            _ => false,
        };
    }

    private static bool SameDocumentUse(IElement element, string value) =>
        element.LocalName == "use" && value.TrimStart().StartsWith('#');

    private static string Resolve(Uri page, string value, bool absolute)
    {
        var trimmed = value.Trim();
        // Uri.TryCreate(…, Absolute) would take "/x" for a file path on Unix: look for a scheme instead.
        if (HasScheme(trimmed) || !Uri.TryCreate(page, trimmed, out var resolved)) return value;
        if (absolute || !string.Equals(resolved.Authority, page.Authority, StringComparison.OrdinalIgnoreCase)
                     || resolved.Scheme != page.Scheme)
            return resolved.AbsoluteUri;
        return resolved.PathAndQuery + resolved.Fragment;
    }

    /// <summary>RFC 3986 §3.1: a scheme is a letter followed by letters, digits, "+", "-" or ".", then ":".</summary>
    private static bool HasScheme(string value)
    {
        if (value.Length == 0 || !char.IsAsciiLetter(value[0])) return false;
        foreach (var c in value.AsSpan(1))
        {
            if (c == ':') return true;
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return false;
        }
        return false;
    }
}
