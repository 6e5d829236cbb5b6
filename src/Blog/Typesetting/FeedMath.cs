using AngleSharp.Html.Parser;

namespace Blog.Typesetting;

/// <summary>
/// Feed readers load no stylesheet, so CHTML would show as loose glyphs followed by its hidden
/// MathML copy. In a feed each typeset formula becomes that MathML alone (which readers and browsers
/// draw natively), with its TeX as alttext. The HTML is read with AngleSharp; client-mode TeX is left as it is.
/// </summary>
public static class FeedMath
{
    private static readonly HtmlParser Parser = new();

    // The preview rebuilds the feed on every save, but an unchanged post keeps its document and so
    // the same HTML string: its feed form is remembered per string instance (entries go with the string).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, string> Converted = new();

    /// <summary>The HTML with every typeset formula replaced by its MathML (alttext: its TeX).</summary>
    public static string MathMl(string html)
    {
        if (!html.Contains("<mjx-container", StringComparison.Ordinal)) return html;
        return Converted.GetValue(html, Convert);
    }

    private static string Convert(string html)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        foreach (var container in document.QuerySelectorAll("mjx-container").ToList())
        {
            if (container.QuerySelector("mjx-assistive-mml > math") is not { } math) continue;
            var tex = container.QuerySelector("mjx-math[data-latex]")?.GetAttribute("data-latex")
                ?? container.ParentElement?.GetAttribute("data-tex");
            if (tex is not null) math.SetAttribute("alttext", tex);
            container.Replace(math);
        }
        return document.Body!.InnerHtml;
    }
}
