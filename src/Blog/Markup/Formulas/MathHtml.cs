using System.Globalization;
using Blog.Markup.Rendering;
using Markdig.Renderers;

namespace Blog.Markup.Formulas;

/// <summary>
/// The one HTML form of a formula, shared by every renderer that emits math (inline, block, the
/// magic cube, compute output, raw HTML blocks). Only HTML-escaped: MathJax reads the TeX back byte
/// for byte. MathJax is configured to look only inside elements of class "math".
/// <c>data-line</c> is the line in the Markdown file, for errors found later (build-time typesetting).
/// With build-time math (<see cref="PageMath.Typeset"/>) the element holds the typeset math and
/// keeps its source in <c>data-tex</c>, the text it has in client mode, so the TeX is never lost.
/// Where HTML is not allowed (an image's alt text), the formula is written as its bare TeX, as Pandoc does.
/// </summary>
public static class MathHtml
{
    /// <param name="fileColumn">The 1-based column of the opening delimiter in the Markdown file, 0 when unknown; for errors only (not written).</param>
    public static void Write(HtmlRenderer renderer, string tex, MathKind kind, bool block, int fileLine, int fileColumn = 0)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteEscape(tex);
            return;
        }
        var occurrence = Occurrence(tex, kind, fileLine, fileColumn);
        var text = occurrence.Text;
        var typeset = PageContext.Of(renderer)?.Get<PageMath>()?.Add(occurrence);
        var element = block ? "div" : "span";
        var cls = kind == MathKind.Inline ? "math inline" : "math display";
        renderer.Write('<').Write(element).Write(" class=\"").Write(cls).Write('"');
        if (fileLine > 0) renderer.Write(" data-line=\"").Write(fileLine.ToString(CultureInfo.InvariantCulture)).Write('"');
        if (typeset is null) renderer.Write('>').WriteEscape(text);
        // The site search indexes the TeX from data-tex, not the typeset markup (Site/Search/SearchIndexer.cs).
        else
        {
            renderer.Write(" data-tex=\"").WriteEscape(text).Write('"');
            if (Search.SearchMarkup.Wanted(renderer)) Search.SearchTex.Write(renderer, text, kind == MathKind.Inline);
            renderer.Write('>').Write(typeset);
        }
        renderer.Write("</").Write(element).Write('>');
        if (block) renderer.WriteLine();
    }

    /// <summary>
    /// The formula as <see cref="Write"/> records it: its TeX between the delimiters MathJax reads
    /// (<c>\(…\)</c>, <c>\[…\]</c>, none for a bare environment), with its line and column (0 when unknown).
    /// The one definition, shared by the renderers and by the walk that finds a page's formulas before it is rendered.
    /// </summary>
    public static FormulaOccurrence Occurrence(string tex, MathKind kind, int fileLine, int fileColumn = 0)
    {
        var (open, close) = kind switch
        {
            MathKind.Inline => ("\\(", "\\)"),
            MathKind.Display => ("\\[", "\\]"),
            _ => ("", ""),
        };
        return new FormulaOccurrence(open + tex + close, kind != MathKind.Inline, fileLine, System.Math.Max(fileColumn, 0));
    }
}
