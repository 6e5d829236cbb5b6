using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Markup.FencedDivs;

/// <summary>
/// A fenced div as HTML. A theorem-like block starts its first paragraph with its title
/// ("<b>定理 2</b>（名称）"), as amsthm and Quarto do; a proof ends its last paragraph with ∎; a
/// callout gets a header, and is a <c>&lt;details&gt;</c> when <c>collapse</c> is set. Other
/// key=value attributes become <c>data-</c> attributes, as Pandoc writes them in HTML5.
/// </summary>
public sealed class HtmlFencedDivRenderer(ReferenceNames names) : HtmlObjectRenderer<FencedDiv>
{
    private static readonly HashSet<string> Consumed = ["name", "title", "collapse"];

    protected override void Write(HtmlRenderer renderer, FencedDiv div)
    {
        renderer.EnsureLine();
        var kind = div.Kind;
        var collapse = kind?.Family == DivFamily.Callout ? div.Attributes.Value("collapse") : null;
        var element = collapse is "true" or "false" ? "details" : "div";
        renderer.Write('<').Write(element);
        if (div.Attributes.Id is { } id)
        {
            Rendering.WrittenLinks.Id(renderer, id);
            renderer.Write(" id=\"").WriteEscape(id).Write('"');
        }
        var classes = new List<string>();
        if (kind is not null) classes.Add(kind.Family switch { DivFamily.Theorem => "theorem", DivFamily.Proof => "proof", _ => "callout" });
        if (kind?.Family == DivFamily.Theorem) classes.Add(kind.Key);
        classes.AddRange(div.Attributes.Classes.Where(c => !classes.Contains(c)));
        if (classes.Count > 0) renderer.Write(" class=\"").WriteEscape(string.Join(' ', classes)).Write('"');
        foreach (var (key, value) in div.Attributes.Values.Where(v => kind is null || !Consumed.Contains(v.Key)))
            renderer.Write(" data-").WriteEscape(key).Write("=\"").WriteEscape(value).Write('"');
        if (div.EquationsBefore > 0) renderer.Write(" data-equations-before=\"").Write(div.EquationsBefore.ToString(CultureInfo.InvariantCulture)).Write('"');
        if (collapse == "false") renderer.Write(" open");
        renderer.WriteLine(">");
        switch (kind?.Family)
        {
            case DivFamily.Callout:
                WriteCallout(renderer, div, element == "details" ? "summary" : "div");
                break;
            case DivFamily.Theorem or DivFamily.Proof:
                WriteTheorem(renderer, div, kind);
                break;
            default:
                renderer.WriteChildren(div);
                break;
        }
        renderer.EnsureLine();
        renderer.Write("</").Write(element).WriteLine(">");
    }

    private void WriteCallout(HtmlRenderer renderer, FencedDiv div, string header)
    {
        renderer.Write('<').Write(header).Write(" class=\"callout-header\">");
        WriteName(renderer, div, names[div.Kind!.Key]);
        renderer.Write("</").Write(header).WriteLine(">");
        renderer.WriteLine("<div class=\"callout-body\">");
        renderer.WriteChildren(div);
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
    }

    private void WriteTheorem(HtmlRenderer renderer, FencedDiv div, DivKind kind)
    {
        var first = div.FirstOrDefault() as ParagraphBlock;
        var last = kind.Family == DivFamily.Proof ? div.LastOrDefault() as ParagraphBlock : null;
        if (first is null) WriteParagraph(renderer, null, r => WriteTitle(r, div, kind), null);
        foreach (var child in div)
        {
            if (child is ParagraphBlock paragraph && (paragraph == first || paragraph == last))
                WriteParagraph(renderer, paragraph, paragraph == first ? r => WriteTitle(r, div, kind) : null, paragraph == last ? WriteQed : null);
            else renderer.Write(child);
        }
        if (kind.Family == DivFamily.Proof && last is null) WriteParagraph(renderer, null, null, WriteQed);
    }

    private void WriteTitle(HtmlRenderer renderer, FencedDiv div, DivKind kind)
    {
        var cls = kind.Family == DivFamily.Theorem ? "theorem-title" : "proof-title";
        var label = div.Number is { } number ? names.Reference(kind.Key, number) : names[kind.Key];
        renderer.Write("<span class=\"").Write(cls).Write("\"><strong>").WriteEscape(label).Write("</strong>");
        if (div.NameBlock is not null || div.Attributes.Value("name") is not null)
        {
            renderer.Write("<span class=\"theorem-name\">");
            WriteName(renderer, div, "");
            renderer.Write("</span>");
        }
        renderer.Write("</span> ");
    }

    /// <summary>
    /// The name or title: a first heading or the name/title attribute, both inline Markdown (math typeset
    /// like the body's), else <paramref name="fallback"/>.
    /// </summary>
    private void WriteName(HtmlRenderer renderer, FencedDiv div, string fallback)
    {
        var (before, after) = div.Kind?.Family == DivFamily.Callout ? ("", "") : names.BlockName();
        renderer.WriteEscape(before);
        if (div.NameBlock is { } name) renderer.WriteLeafInline(name);
        else renderer.WriteEscape(div.Attributes.Value("name") ?? div.Attributes.Value("title") ?? fallback);
        renderer.WriteEscape(after);
    }

    private static void WriteQed(HtmlRenderer renderer) => renderer.Write(" <span class=\"qed\" role=\"img\" aria-label=\"QED\">∎</span>");

    private static void WriteParagraph(HtmlRenderer renderer, ParagraphBlock? paragraph, Action<HtmlRenderer>? before, Action<HtmlRenderer>? after)
    {
        renderer.EnsureLine();
        renderer.Write("<p");
        if (paragraph is not null) renderer.WriteAttributes(paragraph);
        renderer.Write('>');
        before?.Invoke(renderer);
        if (paragraph is not null) renderer.WriteLeafInline(paragraph);
        after?.Invoke(renderer);
        renderer.WriteLine("</p>");
    }
}
