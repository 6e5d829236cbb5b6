using Blog.Markup.Rendering;
using Blog.Markup.Highlighting;
using Blog.Markup.Search;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Markup.ComputeBlocks;

/// <summary>
/// A ```{csharp} block: its code (unless <c>echo: false</c>), then what it showed; in a numbered
/// figure or table when it has a label. Other code blocks go to the renderer it wraps.
/// </summary>
/// <param name="foldLabel">The summary of folded code (<c>echo: fold</c>), already in the site's language; written HTML-escaped.</param>
public sealed class HtmlComputeBlockRenderer(HtmlObjectRenderer<CodeBlock> other, MarkdownPipeline pipeline, string foldLabel) : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        if (block is not FencedCodeBlock fenced || !ComputePage.IsComputeBlock(fenced))
        {
            other.Write(renderer, block);
            return;
        }
        var results = PageContext.Of(renderer)?.Get<ComputeResults>();
        var unit = results?.Page.Units.FirstOrDefault(u => u.Kind == UnitKind.Block && u.SpanStart == block.Span.Start);
        var lines = ComputePage.CodeLines(fenced);
        var options = unit?.Options ?? BlockOptions.Parse(lines, "", 0);
        renderer.EnsureLine();
        renderer.Write("<div class=\"compute-cell\" data-line=\"").Write((block.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).WriteLine("\">");
        WriteSource(renderer, lines.Skip(options.LineCount), options.Echo, foldLabel);
        if (unit is not null && results!.BySpan.TryGetValue(unit.SpanStart, out var result))
            ComputeOutputHtml.Write(renderer, unit, result, results, pipeline);
        renderer.WriteLine("</div>");
    }

    private static void WriteSource(HtmlRenderer renderer, IEnumerable<string> lines, EchoOption echo, string foldLabel)
    {
        if (echo == EchoOption.Hide) return;
        var code = string.Join('\n', lines).Trim('\n');
        if (echo == EchoOption.Fold) renderer.Write("<details class=\"compute-fold\"><summary>").WriteEscape(foldLabel).Write("</summary>");
        renderer.Write("<pre class=\"highlight compute-source\"" + SearchWeights.CodeAttributeFor(renderer) + "><code class=\"language-csharp\">")
            .Write(ClassFormatter.Highlight(code, ColorCode.Languages.CSharp))
            .Write("</code></pre>");
        if (echo == EchoOption.Fold) renderer.Write("</details>");
        renderer.WriteLine();
    }
}
