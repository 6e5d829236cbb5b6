namespace Blog.Typesetting;

/// <summary>Forms of a typeset formula that code out of the page's flow needs, each made once per formula (<see cref="FormulaEntry.Form{T}"/>).</summary>
public static class FormulaForms
{
    /// <summary>
    /// The formula's CHTML as AngleSharp serialises it once parsed: what it becomes in HTML that was parsed
    /// and written again with the formula inside (an excerpt whose links were rebased).
    /// </summary>
    public static string Serialised(FormulaEntry entry) => entry.Form(e => new SerialisedForm(FeedMath.Serialised(e.Html))).Html;

    /// <summary>
    /// Whether the formula's CHTML holds an attribute that may be a URL (<c>\href</c>, an image): HTML that
    /// rebases its links must then see the formula itself, not its placeholder.
    /// </summary>
    public static bool HasUrls(FormulaEntry entry) => entry.Form(e => new UrlForm(HasUrlAttribute(e.Html))).Found;

    /// <summary>Attribute names (with "=") that hold URLs in HTML, MathML or SVG: a cheap, conservative test on markup.</summary>
    internal static bool HasUrlAttribute(string html) => UrlAttributes.Any(a => html.Contains(a, StringComparison.Ordinal));

    private static readonly string[] UrlAttributes = ["href=", "src=", "srcset=", "poster=", "cite=", "data="];

    private sealed record SerialisedForm(string Html);
    private sealed record UrlForm(bool Found);
}
