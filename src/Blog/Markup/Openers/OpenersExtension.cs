using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Blog.Markup.Openers;

/// <summary>
/// Keeps Markdig linear and shallow on openers that never close: <see cref="RawHtmlOpenerParser"/> before
/// the autolink parser, <see cref="LoneDelimiterParser"/> before every other inline parser.
/// </summary>
public sealed class OpenersExtension : IMarkdownExtension
{
    /// <summary>The raw-HTML scans' work, counted for tests.</summary>
    public ScanWork Work { get; } = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.InlineParsers.Contains<RawHtmlOpenerParser>()) return;
        var rawHtml = new RawHtmlOpenerParser(Work);
        if (!pipeline.InlineParsers.InsertBefore<AutolinkInlineParser>(rawHtml)) pipeline.InlineParsers.Add(rawHtml);
        pipeline.InlineParsers.Insert(0, new LoneDelimiterParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
}
