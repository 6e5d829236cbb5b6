using Blog.Diagnostics;
using Blog.Content;
using Blog.Pipelines;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Markup;

/// <summary>Markdown body → HTML fragment, with headings, plain text and the first paragraph kept for the theme.</summary>
public sealed class RenderMarkdown(MarkdownPipeline pipeline) : MapModule
{
    protected override Document Map(Document input, PipelineContext context)
    {
        var document = Parse(input, pipeline);
        // Extensions that found user mistakes (a bad magic cube, …) report them with their Markdown line.
        foreach (var node in document.Descendants().OfType<IReportsDiagnostics>())
            foreach (var diagnostic in node.Diagnostics(input.Require<Entry>(BlogKeys.Entry).SourceFile)) context.Diagnostics.Add(diagnostic);
        var html = Render(document, context);
        var headings = document.Descendants<HeadingBlock>()
            .Select(h => new Heading(h.Level, h.GetAttributes().Id ?? "", PlainText.Of(h)))
            .ToList();
        var firstParagraph = document.Descendants<ParagraphBlock>().FirstOrDefault(p => p.Parent is MarkdownDocument);
        return input.With([
            new(BlogKeys.Html, html),
            new(BlogKeys.Headings, headings),
            new(BlogKeys.PlainText, PlainText.Of(document)),
            new(BlogKeys.ExcerptHtml, firstParagraph is null ? "" : Render(firstParagraph, context)),
        ]);
    }

    /// <summary>
    /// The syntax tree of a page's body, with line numbers of the Markdown file, and the page's
    /// document attached so renderers can find what earlier stages (compute) left on it.
    /// </summary>
    public static MarkdownDocument Parse(Document input, MarkdownPipeline pipeline)
    {
        var entry = input.Require<Entry>(BlogKeys.Entry);
        var document = Markdig.Markdown.Parse(input.Content, pipeline);
        // Markdig counts lines from the body; shift them so every node (and every diagnostic and
        // data-line attribute made from it) points at the line in the Markdown file.
        var offset = entry.BodyStartLine - 1;
        foreach (var node in document.Descendants()) node.Line += offset;
        document.SetData(typeof(Document), input);
        return document;
    }

    private string Render(MarkdownObject node, PipelineContext context)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(node);
        writer.Flush();
        return writer.ToString();
    }
}

public sealed record Heading(int Level, string Id, string Text);
