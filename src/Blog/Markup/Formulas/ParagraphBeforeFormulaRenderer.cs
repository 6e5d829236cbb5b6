using Blog.Markup.Search;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Markup.Formulas;

/// <summary>
/// A paragraph that a bare environment (<c>\begin{equation}</c> … on the next line) interrupts ends with a
/// line break before its <c>&lt;/p&gt;</c>: its sentence goes on in the formula ("所有数之和为" / the
/// equation), and Pagefind, the site search, ends a paragraph whose text ends in a word character with
/// "." (its SENTENCE_CHARS, pagefind src/fossick/parser.rs), which showed in search excerpts as a stray
/// ". " before the formula (issue 25). The break is white space at the end of a block, which browsers do
/// not draw. Display math written against a paragraph is already inside it (<see cref="MathInParagraphs"/>).
/// For the same reason, the paragraph Markdig writes without tags as the whole text of a table cell or
/// the last text of a tight list item ends with a space before the cell's or item's end tag
/// (<see cref="SentenceEnd"/>): "0.072. 2." in an excerpt of a table row otherwise. Every other paragraph
/// goes to Markdig's renderer unchanged.
/// </summary>
public sealed class ParagraphBeforeFormulaRenderer : ParagraphRenderer
{
    protected override void Write(HtmlRenderer renderer, ParagraphBlock obj)
    {
        if (renderer.ImplicitParagraph || !renderer.EnableHtmlForBlock || !InterruptedByFormula(obj))
        {
            base.Write(renderer, obj);
            if (renderer.ImplicitParagraph && EndsCellOrItem(obj)) SentenceEnd.Write(renderer);
            return;
        }
        if (!renderer.IsFirstInContainer) renderer.EnsureLine();
        renderer.Write("<p").WriteAttributes(obj).Write('>');
        renderer.WriteLeafInline(obj);
        renderer.WriteLine().WriteLine("</p>");
        renderer.EnsureLine();
    }

    // The paragraph is the last block of a table cell or list item, whose end tag comes next.
    private static bool EndsCellOrItem(ParagraphBlock paragraph) =>
        paragraph.Parent is TableCell or ListItemBlock && paragraph.Parent[^1] == paragraph;

    private static bool InterruptedByFormula(ParagraphBlock paragraph)
    {
        var parent = paragraph.Parent;
        if (parent is null) return false;
        var index = parent.IndexOf(paragraph);
        return index >= 0 && index + 1 < parent.Count && parent[index + 1] is MathBlock math && ReferenceEquals(math.Interrupted, paragraph);
    }
}
