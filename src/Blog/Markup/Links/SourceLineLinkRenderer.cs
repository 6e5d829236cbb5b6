using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;
using Blog.Markup.Rendering;

namespace Blog.Markup.Links;

/// <summary>
/// Markdig's link renderer, plus <c>data-line</c>: the line of the link in the Markdown file. Inside
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
        base.Write(renderer, link);
    }
}

internal static class SourceLine
{
    // RenderMarkdown has already shifted node lines to the file, so Line + 1 is the file's line.
    public static void Mark(Inline link) =>
        link.GetAttributes().AddPropertyIfNotExist("data-line", (link.Line + 1).ToString(CultureInfo.InvariantCulture));
}
