using Blog.Markup.FencedDivs;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Markup.CrossReferences;

/// <summary>
/// Pandoc's header_attributes: <c>## Title {#sec-intro .unnumbered}</c> gives the heading its id
/// (in place of the one made from its text) and classes; the braces leave the heading's text.
/// </summary>
public static class HeadingAttributes
{
    /// <summary>Takes the attributes off the end of <paramref name="heading"/>; null when it has none.</summary>
    public static DivAttributes? Take(HeadingBlock heading)
    {
        if (heading.Inline is null) return null;
        var trailing = new List<LiteralInline>();
        for (var node = heading.Inline.LastChild; node is LiteralInline literal; node = literal.PreviousSibling) trailing.Insert(0, literal);
        var text = string.Concat(trailing.Select(l => l.Content.ToString()));
        var trimmed = text.TrimEnd();
        var open = trimmed.LastIndexOf('{');
        if (!trimmed.EndsWith('}') || open < 0 || DivAttributes.Parse(trimmed[open..]) is not { } attributes) return null;
        // Cut the braces (and the space before them) off the literals they were spread over.
        var keep = trimmed[..open].TrimEnd().Length;
        var at = 0;
        foreach (var literal in trailing)
        {
            var content = literal.Content.ToString();
            var take = Math.Clamp(keep - at, 0, content.Length);
            at += content.Length;
            if (take == 0) literal.Remove();
            else if (take < content.Length) literal.Content = new Markdig.Helpers.StringSlice(content[..take]);
        }
        var html = heading.GetAttributes();
        if (attributes.Id is { } id) html.Id = id;
        foreach (var c in attributes.Classes) html.AddClass(c);
        return attributes;
    }
}
