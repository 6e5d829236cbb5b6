using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace Blog.Markup.Links;

/// <summary>
/// Links and images written in Markdown: a site path such as <c>/2019/11/x/</c> or <c>/assets/a.png</c>
/// gets the site's base path (so it still works when the site is served under <c>/repo/</c>), and
/// every link carries <c>data-line</c>, the line in the Markdown file, and is recorded with its line and
/// column (<see cref="Rendering.WrittenLinks"/>), so the link checker can say where a broken link was written.
/// </summary>
/// <param name="link">Turns a site path into the link to write (<see cref="Content.Urls.Link"/>).</param>
public sealed class SiteLinksExtension(Func<string, string> link) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Rewrite;
        pipeline.DocumentProcessed += Rewrite;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        if (html.ObjectRenderers.FindExact<LinkInlineRenderer>() is not null) html.ObjectRenderers.Replace<LinkInlineRenderer>(new SourceLineLinkRenderer());
        if (html.ObjectRenderers.FindExact<AutolinkInlineRenderer>() is not null) html.ObjectRenderers.Replace<AutolinkInlineRenderer>(new SourceLineAutolinkRenderer());
        if (html.ObjectRenderers.FindExact<HtmlInlineRenderer>() is not null) html.ObjectRenderers.Replace<HtmlInlineRenderer>(new RecordedHtmlInlineRenderer());
    }

    // At parse time, not render time: the excerpt renders the first paragraph a second time.
    private void Rewrite(Markdig.Syntax.MarkdownDocument document) => SitePathLinks.Rewrite(document, link);
}
