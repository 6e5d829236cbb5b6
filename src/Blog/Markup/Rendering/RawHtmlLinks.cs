using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Text;
using Markdig.Renderers;

namespace Blog.Markup.Rendering;

/// <summary>
/// Records the links and ids of raw HTML that a page writes as it is (a raw HTML block or tag in
/// Markdown, the HTML a compute block showed): the author's HTML, not ours, so it is read once, by
/// AngleSharp's HTML tokenizer (WHATWG HTML §13.2.5), as it is written. Each link gets the Markdown
/// line and column of its tag: the snippet's place plus the tag's place inside it.
/// </summary>
public static class RawHtmlLinks
{
    /// <param name="line">Line of the Markdown file where <paramref name="html"/> starts (from 1; 0 unknown).</param>
    /// <param name="column">Column of its first character (from 1; 0 unknown).</param>
    public static void Record(HtmlRenderer renderer, string html, int line, int column)
    {
        if (WrittenLinks.Of(renderer) is { } written) Record(written, html, line, column);
    }

    /// <summary>The same, into <paramref name="written"/>: for HTML a later stage writes from outside data (formatted citations).</summary>
    public static void Record(WrittenLinks written, string html, int line, int column)
    {
        if (!html.Contains('<')) return;
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver)
        {
            SkipDataText = true, SkipRawText = true, SkipRCDataText = true, SkipScriptText = true,
        };
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type != HtmlTokenType.StartTag) continue;
            var tag = token.AsTag();
            string? Attribute(string name)
            {
                foreach (var attribute in tag.Attributes)
                    if (attribute.Name == name) return attribute.Value;
                return null;
            }
            // TextPosition counts from 1; a tag on the snippet's first line is at the snippet's column.
            var at = token.Position;
            var tagLine = line > 0 ? line + at.Line - 1 : 0;
            var tagColumn = at.Line == 1 ? (column > 0 ? column + at.Column - 1 : 0) : at.Column;
            foreach (var url in UrlAttributes.Of(tag.Name, Attribute)) written.Link(url, tagLine, tagColumn);
            foreach (var id in UrlAttributes.IdsOf(tag.Name, Attribute)) written.Id(id);
            // The tree builder reads these elements' content as text: so does this scan (§13.2.6.4.7).
            if (tag.Name is "script") tokenizer.State = HtmlParseMode.Script;
            else if (tag.Name is "style" or "xmp" or "iframe" or "noembed" or "noframes") tokenizer.State = HtmlParseMode.Rawtext;
            else if (tag.Name is "title" or "textarea") tokenizer.State = HtmlParseMode.RCData;
        }
    }
}
