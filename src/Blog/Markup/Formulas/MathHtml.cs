using Markdig.Renderers;

namespace Blog.Markup.Formulas;

/// <summary>
/// The one HTML form of a formula, shared by every renderer that emits math (inline, block, the
/// magic cube, compute output). Only HTML-escaped: MathJax reads the TeX back byte for byte.
/// MathJax is configured to look only inside elements of class "math".
/// <c>data-line</c> is the line in the Markdown file, for errors found later (build-time typesetting).
/// </summary>
public static class MathHtml
{
    public static void Write(HtmlRenderer renderer, string tex, MathKind kind, bool block, int fileLine)
    {
        var (open, close) = kind switch
        {
            MathKind.Inline => ("\\(", "\\)"),
            MathKind.Display => ("\\[", "\\]"),
            _ => ("", ""),
        };
        var element = block ? "div" : "span";
        var cls = kind == MathKind.Inline ? "math inline" : "math display";
        renderer.Write('<').Write(element).Write(" class=\"").Write(cls).Write('"');
        if (fileLine > 0) renderer.Write(" data-line=\"").Write(fileLine.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write('"');
        renderer.Write('>').Write(open).WriteEscape(tex).Write(close).Write("</").Write(element).Write('>');
        if (block) renderer.WriteLine();
    }
}
