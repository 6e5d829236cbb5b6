using Blog.Markup.Highlighting;
using Blog.Markup.CubeBlocks;
using Blog.Markup.Formulas;
using Markdig;
using Blog.Markup.Headings;
using Blog.Markup.Notes;

namespace Blog.Markup;

/// <summary>The Markdig pipeline of the site: CommonMark plus the extensions a math blog needs.</summary>
public static class MarkdownSetup
{
    public static MarkdownPipeline Create(params IMarkdownExtension[] extra)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseTaskLists()
            .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
            .UseAutoLinks();
        builder.Extensions.AddIfNotAlready<InlineNoteExtension>(); // Pandoc's ^[…], numbered with the footnotes
        builder.Extensions.AddIfNotAlready<MathExtension>();
        builder.Extensions.AddIfNotAlready<HeadingIdExtension>(); // ids with the formulas' TeX, unique per page, {#id} pins one
        builder.Extensions.AddIfNotAlready<HighlightingExtension>();
        builder.Extensions.AddIfNotAlready<MagicCubeExtension>();
        foreach (var extension in extra) builder.Extensions.Add(extension);
        return builder.Build();
    }
}
