using Blog.Markup.Rendering;
using Blog.Markup.Parsing;
using Blog.Compute;
using Blog.Markup.Formulas;
using Markdig;
using Markdig.Renderers;

namespace Blog.Markup.ComputeBlocks;

/// <summary>The HTML of what a block showed: console text, values, math, tables, SVG; figure or table around it when labelled.</summary>
public static class ComputeOutputHtml
{
    public static void Write(HtmlRenderer renderer, ComputeUnit unit, UnitResult result, ComputeResults results, MarkdownPipeline pipeline)
    {
        var options = unit.Options;
        var label = options.Label is { } l && results.Page.Labels.TryGetValue(l, out var n) ? n : null;
        if (label is not null)
        {
            WrittenLinks.Id(renderer, label.Label);
            renderer.Write("<figure id=\"").Write(label.Label).Write("\" class=\"")
                .Write(label.IsFigure ? "compute-figure" : "compute-table-figure").WriteLine("\">");
            if (!label.IsFigure) WriteCaption(renderer, label, result, results, pipeline, unit.Line);
        }
        if (options.Output != OutputOption.Hide)
            foreach (var output in result.Outputs) WriteOutput(renderer, output, options.Output == OutputOption.AsIs, unit.Line, pipeline);
        if (result.Error is { } error)
            renderer.Write("<pre class=\"compute-error\">").WriteEscape(error).WriteLine("</pre>");
        if (label is not null)
        {
            if (label.IsFigure) WriteCaption(renderer, label, result, results, pipeline, unit.Line);
            renderer.WriteLine("</figure>");
        }
    }

    private static void WriteOutput(HtmlRenderer renderer, Output output, bool asis, int line, MarkdownPipeline pipeline)
    {
        switch (output.Kind)
        {
            case OutputKind.Console when asis:
            case OutputKind.Text when asis:
                // Printed Markdown, parsed and rendered like the page (its math goes through the page's math).
                renderer.Render(InlineMarkdown.Body(output.Content, line, pipeline));
                break;
            case OutputKind.Console:
            case OutputKind.Text:
                renderer.Write("<pre class=\"compute-output\">").WriteEscape(output.Content.TrimEnd('\n')).WriteLine("</pre>");
                break;
            case OutputKind.Tex:
                MathHtml.Write(renderer, output.Content, MathKind.Display, true, line);
                break;
            case OutputKind.Svg:
                renderer.Write("<div class=\"compute-svg\">").Write(StripXmlDeclaration(output.Content)).WriteLine("</div>");
                break;
            case OutputKind.Html: // tables: their headers and cells may hold \(…\), which goes through the page's math
                RawHtmlLinks.Record(renderer, output.Content, line, 0);
                HtmlMath.Write(renderer, output.Content, line);
                renderer.WriteLine();
                break;
            default:
                RawHtmlLinks.Record(renderer, output.Content, line, 0);
                renderer.WriteLine(output.Content);
                break;
        }
    }

    private static void WriteCaption(HtmlRenderer renderer, LabelNumber label, UnitResult result, ComputeResults results, MarkdownPipeline pipeline, int line)
    {
        renderer.Write("<figcaption><span class=\"caption-number\">").WriteEscape(results.NumberText(label)).Write("</span> ");
        // A caption is one line of Markdown (emphasis, math), parsed on its own; its lines point at the block.
        if (InlineMarkdown.Parse(result.Caption ?? "", line, pipeline) is { Inline: { } caption }) renderer.WriteChildren(caption);
        renderer.WriteLine("</figcaption>");
    }

    private static string StripXmlDeclaration(string svg)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }
}
