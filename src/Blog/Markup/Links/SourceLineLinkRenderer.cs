using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Blog.Markup.Parsing;
using Markdig.Syntax.Inlines;
using Blog.Markup.Rendering;

namespace Blog.Markup.Links;

/// <summary>
/// Markdig's link renderer, plus <c>data-line</c>: the line of the link in the Markdown file; the URL it
/// writes is recorded with its line and column (<see cref="WrittenLinks"/>) for the link check. Inside
/// another link's text (<see cref="LinkText"/>) a link is its text; its own text is link text.
/// </summary>
public sealed class SourceLineLinkRenderer : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (!link.IsImage && LinkText.Inside(renderer))
        {
            renderer.WriteChildren(link);
            return;
        }
        SourceLine.Mark(link);
        SourceLine.Record(renderer, link, link.GetDynamicUrl?.Invoke() ?? link.Url);
        if (link.IsImage) base.Write(renderer, link);
        else LinkText.Write(renderer, () => base.Write(renderer, link));
    }
}

/// <summary>The same for <c>&lt;https://…&gt;</c> autolinks, which are a node of their own.</summary>
public sealed class SourceLineAutolinkRenderer : AutolinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline link)
    {
        if (LinkText.Inside(renderer))
        {
            renderer.WriteEscape(link.Url);
            return;
        }
        SourceLine.Mark(link);
        SourceLine.Record(renderer, link, link.IsEmail ? null : link.Url);
        base.Write(renderer, link);
    }
}

/// <summary>Raw HTML tags in Markdown text (<c>&lt;a href="…"&gt;</c>), their links and ids recorded (<see cref="RawHtmlLinks"/>).</summary>
public sealed class RecordedHtmlInlineRenderer : HtmlInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, HtmlInline html)
    {
        if (renderer.EnableHtmlForInline) RawHtmlLinks.Record(renderer, html.Tag, html.Line + 1, html.Column + 1);
        base.Write(renderer, html);
    }
}

internal static class SourceLine
{
    /// <summary>
    /// Records the URL written for <paramref name="link"/> at its line and column in the file; the column is
    /// unknown (0) in a field whose place in its line is not known (a quoted title with escapes, a caption).
    /// </summary>
    public static void Record(HtmlRenderer renderer, Inline link, string? url) =>
        WrittenLinks.Link(renderer, url, link.Line + 1, InlineMarkdown.HasFileColumn(link) ? link.Column + 1 : 0);

    // RenderMarkdown has already shifted node lines to the file, so Line + 1 is the file's line.
    public static void Mark(Inline link) =>
        link.GetAttributes().AddPropertyIfNotExist("data-line", (link.Line + 1).ToString(CultureInfo.InvariantCulture));
}
