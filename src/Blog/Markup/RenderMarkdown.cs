using Blog.Markup.Text;
using Blog.Content;
using Blog.Diagnostics;
using Blog.Markup.ComputeBlocks;
using Blog.Pipelines;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Markup;

/// <summary>
/// A post's trees (<see cref="PostSyntax"/>, from <see cref="ParseMarkdown"/>) → its derived forms
/// for the theme: HTML of the body, the excerpt, the title and the summary, each rendered once (formulas
/// as TeX for MathJax, or in build mode as typeset before: <see cref="BlogKeys.TypesetFormulas"/>),
/// headings with their ids, plain text, and the plain title, summary and meta description. All made
/// from the trees, with the compute results.
/// </summary>
/// <param name="siteSearch">Whether the site has a search index (<c>"search"</c> in statiq.json); a post is indexed when it and its front matter's <c>search</c> say so.</param>
public sealed class RenderMarkdown(MarkdownPipeline pipeline, bool siteSearch = true) : MapModule
{
    /// <summary>Characters of the meta description made from the body when the front matter has no summary.</summary>
    public const int DescriptionLength = 120;

    protected override Document Map(Document input, PipelineContext context)
    {
        var syntax = input.Require<PostSyntax>(BlogKeys.Syntax);
        var compute = input.Get<ComputeResults>(ComputeResults.Key);
        var rendering = new PostRendering(syntax, pipeline, compute, siteSearch && input.Get<Entry>(BlogKeys.Entry)?.Search != false);
        IReadOnlyDictionary<PostPart, RenderedPart> parts;
        try
        {
            parts = rendering.Render(input.Get<TypesetFormulas>(BlogKeys.TypesetFormulas));
        }
        catch (FormulaOrderException e)
        {
            var entry = input.Require<Entry>(BlogKeys.Entry);
            throw new DiagnosticException(Diagnostic.Error(entry.SourceFile, e.Formula.Line, System.Math.Max(e.Formula.Column, 1), e.Message + " The page was not written.",
                "This is a fault of blog, not of the page: please report it with the page. Meanwhile \"math\": {\"render\": \"client\"} in statiq.json builds it."));
        }
        catch (Exception e) when (MarkdownFailures.IsMarkdigFailure(e))
        {
            var entry = input.Require<Entry>(BlogKeys.Entry);
            throw MarkdownFailures.Place(e, input.Content, pipeline, entry.SourceFile, entry.BodyStartLine, render: true);
        }
        var headings = syntax.Body.Descendants<HeadingBlock>()
            .Select(h => new Heading(h.Level, h.GetAttributes().Id ?? "", PlainText.Of(h, compute)))
            .ToList();
        var summaryText = syntax.Summary is { } s ? PlainText.Of(s, compute) : "";
        return input.With([
            // What the one render wrote (links, ids, formulas), for the link check: kept when the trees go.
            new(WrittenPage.Key, WrittenPage.Of(parts)),
            new(BlogKeys.Html, parts[PostPart.Body].Html),
            new(BlogKeys.ExcerptHtml, parts[PostPart.Excerpt].Html),
            new(BlogKeys.TitleHtml, parts[PostPart.Title].Html),
            new(BlogKeys.SummaryHtml, parts[PostPart.Summary].Html),
            new(BlogKeys.Headings, headings),
            new(BlogKeys.PlainText, PlainText.Of(syntax.Body, compute)),
            new(BlogKeys.TitleText, syntax.Title is { } t ? PlainText.Of(t, compute) : ""),
            new(BlogKeys.SummaryText, summaryText),
            new(BlogKeys.Description, summaryText.Length > 0 ? summaryText : Excerpt.Cut(PlainText.Pieces(syntax.Body, compute), DescriptionLength)),
        ]);
    }
}

public sealed record Heading(int Level, string Id, string Text);
