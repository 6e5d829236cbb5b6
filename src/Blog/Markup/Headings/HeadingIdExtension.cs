using Blog.Markup.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Markup.Headings;

/// <summary>
/// Gives every heading of a parsed document an id (see <see cref="HeadingIds"/>) once the whole
/// document is parsed, so ids are unique within the page and an author's <c>{#id}</c>
/// (<see cref="HeadingAttributes"/>) is never repeated by an automatic one. Used instead of
/// Markdig's AutoIdentifiers, which drops formulas from ids (<c>## Case $n=1$</c> gave <c>case-</c>).
/// The text is what the writer wrote (<see cref="PlainText.AsWritten"/>): references and citations as
/// their source, never the words generated for them, so an id is the same in every language.
/// </summary>
public sealed class HeadingIdExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Assign;
        pipeline.DocumentProcessed += Assign;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<HeadingRenderer>() is not null)
            html.ObjectRenderers.Replace<HeadingRenderer>(new RecordedHeadingRenderer());
    }

    private static void Assign(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>().ToList();
        var ids = new HeadingIds();
        var pinned = headings.Select(HeadingAttributes.Apply).ToList();
        foreach (var id in pinned.OfType<string>()) ids.Reserve(id);
        for (var i = 0; i < headings.Count; i++)
            if (pinned[i] is null) headings[i].GetAttributes().Id = ids.Next(PlainText.AsWritten(headings[i]));
    }
}
