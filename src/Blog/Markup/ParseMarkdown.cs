using Blog.Content;
using Blog.Diagnostics;
using Blog.Markup.Parsing;
using Blog.Pipelines;
using Markdig;
using Markdig.Syntax;

namespace Blog.Markup;

/// <summary>
/// Parses a post once into its <see cref="PostSyntax"/> (body, title, summary), kept on the document
/// under <see cref="BlogKeys.Syntax"/> for every later stage. Reports the mistakes extensions found
/// while parsing (a bad magic cube, …) with their line in the Markdown file.
/// </summary>
public sealed class ParseMarkdown(MarkdownPipeline pipeline) : MapModule
{
    protected override Document Map(Document input, PipelineContext context)
    {
        var entry = input.Require<Entry>(BlogKeys.Entry);
        // Markdig's failures (nesting past its limit, …) and its quadratic link input become diagnostics at a place.
        LinkScanGuard.Check(input.Content, entry.SourceFile, entry.BodyStartLine);
        PostSyntax syntax;
        try
        {
            syntax = Parse(entry, input.Content, pipeline);
        }
        catch (Exception e) when (MarkdownFailures.IsMarkdigFailure(e))
        {
            throw MarkdownFailures.Place(e, input.Content, pipeline, entry.SourceFile, entry.BodyStartLine, render: false);
        }
        foreach (var node in syntax.Body.Descendants().OfType<IReportsDiagnostics>())
            foreach (var diagnostic in node.Diagnostics(entry.SourceFile)) context.Diagnostics.Add(diagnostic);
        var processors = pipeline.Extensions.OfType<IPageProcessor>().ToList();
        foreach (var processor in processors) processor.Process(syntax.Body, input);
        foreach (var processor in processors) processor.ProcessOtherTrees(syntax.Body, [syntax.Title, syntax.Summary]);
        return input.With([new(BlogKeys.Syntax, syntax), .. processors.SelectMany(p => p.Metadata(syntax.Body))]);
    }

    /// <summary>The trees of a post: its body (lines shifted to the file) and its title and summary.</summary>
    public static PostSyntax Parse(Entry entry, string body, MarkdownPipeline pipeline) => new(
        InlineMarkdown.Body(body, entry.BodyStartLine, pipeline),
        InlineMarkdown.Parse(entry.Title, entry.FrontMatterLine("title"), pipeline, entry.FrontMatterTextColumn("title")),
        InlineMarkdown.Parse(entry.Summary, entry.FrontMatterLine("summary"), pipeline, entry.FrontMatterTextColumn("summary")));

}
