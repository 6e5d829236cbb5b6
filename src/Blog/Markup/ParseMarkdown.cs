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
        var syntax = Parse(entry, input.Content, pipeline);
        foreach (var node in syntax.Body.Descendants().OfType<IReportsDiagnostics>())
            foreach (var diagnostic in node.Diagnostics(entry.SourceFile)) context.Diagnostics.Add(diagnostic);
        return input.With(BlogKeys.Syntax, syntax);
    }

    /// <summary>The trees of a post: its body (lines shifted to the file) and its title and summary.</summary>
    public static PostSyntax Parse(Entry entry, string body, MarkdownPipeline pipeline) => new(
        InlineMarkdown.Body(body, entry.BodyStartLine, pipeline),
        InlineMarkdown.Parse(entry.Title, entry.FrontMatterLine("title"), pipeline),
        InlineMarkdown.Parse(entry.Summary, entry.FrontMatterLine("summary"), pipeline));

}
