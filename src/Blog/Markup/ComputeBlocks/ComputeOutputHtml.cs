using System.Text.RegularExpressions;
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
            renderer.Write("<figure id=\"").Write(label.Label).Write("\" class=\"")
                .Write(label.IsFigure ? "compute-figure" : "compute-table-figure").WriteLine("\">");
            if (!label.IsFigure) WriteCaption(renderer, label, result, results, pipeline, unit.Line);
        }
        if (options.Output != "false")
            foreach (var output in result.Outputs) WriteOutput(renderer, output, options.Output == "asis", unit.Line, pipeline);
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
            case Output.Console when asis:
            case Output.Text when asis:
                renderer.Write(Markdig.Markdown.ToHtml(output.Content, pipeline));
                break;
            case Output.Console:
            case Output.Text:
                renderer.Write("<pre class=\"compute-output\">").WriteEscape(output.Content.TrimEnd('\n')).WriteLine("</pre>");
                break;
            case Output.Tex:
                MathHtml.Write(renderer, output.Content, MathKind.Display, true, line);
                break;
            case Output.Svg:
                renderer.Write("<div class=\"compute-svg\">").Write(StripXmlDeclaration(output.Content)).WriteLine("</div>");
                break;
            default:
                renderer.WriteLine(output.Content);
                break;
        }
    }

    private static void WriteCaption(HtmlRenderer renderer, LabelNumber label, UnitResult result, ComputeResults results, MarkdownPipeline pipeline, int line)
    {
        renderer.Write("<figcaption><span class=\"caption-number\">").WriteEscape(results.NumberText(label)).Write("</span> ");
        if (result.Caption is { Length: > 0 } caption)
            // The caption is parsed on its own, so its math would say line 1: point it at the block instead.
            renderer.Write(Regex.Replace(InlineHtml(caption, pipeline), "data-line=\"\\d+\"", $"data-line=\"{line}\""));
        renderer.WriteLine("</figcaption>");
    }

    /// <summary>A caption is one line of Markdown (emphasis, math): rendered without its paragraph.</summary>
    private static string InlineHtml(string markdown, MarkdownPipeline pipeline)
    {
        var html = Markdig.Markdown.ToHtml(markdown, pipeline).Trim();
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) ? html[3..^4] : html;
    }

    private static string StripXmlDeclaration(string svg)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }
}
