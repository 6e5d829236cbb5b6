using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace Blog.Markup.Notes;

/// <summary>
/// Pandoc's inline notes, <c>^[text]</c> (https://pandoc.org/MANUAL.html#extension-inline_notes): a footnote
/// written where it is referred to, numbered with the page's other footnotes. Markdig's footnotes
/// (<c>UseFootnotes</c>) must be in the pipeline; their renderers write both kinds, marks through
/// <see cref="HtmlNoteMarkRenderer"/>.
/// </summary>
public sealed class InlineNoteExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.InlineParsers.AddIfNotAlready<InlineNoteParser>();

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<HtmlFootnoteLinkRenderer>() is not null)
            html.ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new HtmlNoteMarkRenderer());
        if (renderer is HtmlRenderer list && list.ObjectRenderers.FindExact<HtmlFootnoteGroupRenderer>() is not null)
            list.ObjectRenderers.Replace<HtmlFootnoteGroupRenderer>(new HtmlNoteListRenderer());
    }
}
