using AngleSharp.Html.Parser;

namespace Blog.Typesetting.Diagrams;

/// <summary>
/// A post's HTML as the feed carries it: each diagram an <c>&lt;img&gt;</c> of its SVG file beside the
/// page (made absolute with the feed's other URLs), with its text alternative, instead of inline SVG
/// that feed readers strip or cannot style.
/// </summary>
public static class TikzFeed
{
    /// <summary>Marks the HTML of a drawn diagram (<c>data-tikz-file</c> on its container).</summary>
    public const string Marker = "data-tikz-file";

    public static string AsImages(string html)
    {
        if (!html.Contains(Marker, StringComparison.Ordinal)) return html;
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        foreach (var diagram in document.QuerySelectorAll("[" + Marker + "]").ToList())
        {
            var image = document.CreateElement("img");
            image.SetAttribute("src", diagram.GetAttribute(Marker) ?? "");
            image.SetAttribute("alt", diagram.GetAttribute("aria-label") ?? "");
            diagram.InnerHtml = "";
            diagram.AppendChild(image);
        }
        return document.Body!.InnerHtml;
    }
}
