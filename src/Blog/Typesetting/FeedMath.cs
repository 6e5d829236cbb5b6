using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Blog.Typesetting;

/// <summary>
/// Feed readers load no stylesheet, so CHTML would show as loose glyphs followed by its hidden
/// MathML copy. In a feed each typeset formula becomes that MathML alone (which readers and browsers
/// draw natively), with its TeX as alttext. The HTML is read with AngleSharp; client-mode TeX is left as it is.
/// With a <see cref="FormulaTable"/>, each formula's MathML is made once per build from its own CHTML
/// (<see cref="MathMlOf"/>), and a post's HTML is parsed only in its small, placeholder form.
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
        return Converted.GetValue(html, h => Convert(h, null));
    }

    /// <summary>
    /// HTML as it comes out of the parse and serialisation <see cref="MathMl(string)"/> does (AngleSharp's
    /// HTML serialisation of the body), placeholders kept as they are: the rest of a post's feed HTML is then
    /// byte for byte what it was when the CHTML was converted in place.
    /// </summary>
    public static string Serialised(string html) => Parse(html).Body!.InnerHtml;

    /// <summary>The formula's feed form, made once per formula: its MathML with its TeX as alttext (its CHTML, as serialised, when it has no MathML).</summary>
    public static string MathMlOf(FormulaEntry entry) => entry.Form(e => new FeedForm(Convert(e.Html, e.Tex))).Html;

    /// <summary>Whether the formula's feed form holds an attribute that <c>AbsoluteLinks</c> would rewrite (a <c>\href</c>, say).</summary>
    public static bool HasUrls(FormulaEntry entry) => entry.Form(e => new FeedUrls(FormulaForms.HasUrlAttribute(MathMlOf(e)))).Found;

    private sealed record FeedForm(string Html);
    private sealed record FeedUrls(bool Found);

    private static IDocument Parse(string html) => Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");

    /// <param name="tex">The formula's TeX when <paramref name="html"/> is one formula's CHTML alone (its element's data-tex is not around it).</param>
    private static string Convert(string html, string? tex)
    {
        var document = Parse(html);
        foreach (var container in document.QuerySelectorAll("mjx-container").ToList())
        {
            if (container.QuerySelector("mjx-assistive-mml > math") is not { } math) continue;
            var latex = container.QuerySelector("mjx-math[data-latex]")?.GetAttribute("data-latex")
                ?? (container.ParentElement == document.Body && tex is not null ? tex : container.ParentElement?.GetAttribute("data-tex"));
            if (latex is not null) math.SetAttribute("alttext", latex);
            container.Replace(math);
        }
        return document.Body!.InnerHtml;
    }
}
