using Blog.Markup.Highlighting;
using Blog.Markup.CubeBlocks;
using Blog.Markup.Formulas;
using Markdig;
using Blog.Markup.Headings;
using Blog.Markup.Openers;
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
        // One given among the extra extensions (with the site's words) takes the default's place.
        builder.Extensions.Add(extra.OfType<MagicCubeExtension>().FirstOrDefault() ?? new MagicCubeExtension());
        foreach (var extension in extra.Where(e => e is not MagicCubeExtension)) builder.Extensions.Add(extension);
        builder.Extensions.AddIfNotAlready<OpenersExtension>(); // last: its delimiter parser goes before every other inline parser
        return builder.Build();
    }
}
