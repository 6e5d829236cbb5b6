using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Blog.Import.Markup;

namespace Blog.Import.WordPress;

/// <summary>
/// WordPress post HTML (read with AngleSharp, which runs no script) turned into Markdown where it is plain:
/// paragraphs (also WordPress's blank-line paragraphs), headings, lists, quotes, code, links, images,
/// emphasis. A block with anything else (a class, a style, a table, a script, an iframe) is kept as HTML,
/// as written. Formulas in the text are read by MathJax's delimiters and written by ours.
/// </summary>
public sealed class HtmlToMarkdown(List<SourceFormula> formulas, int line)
{
    private static readonly HashSet<string> InlinePlain = ["EM", "I", "STRONG", "B", "CODE", "A", "IMG", "BR", "SPAN", "DEL", "S"];
    private static readonly HashSet<string> Blocks = ["P", "H1", "H2", "H3", "H4", "H5", "H6", "UL", "OL", "BLOCKQUOTE", "PRE", "HR", "DIV", "TABLE",
        "FIGURE", "SCRIPT", "STYLE", "IFRAME", "FORM", "DL", "SECTION", "ASIDE", "CENTER", "OBJECT", "VIDEO", "AUDIO", "NOSCRIPT"];

    public string Convert(string html)
    {
        var document = new HtmlParser().ParseDocument("<body>" + html);
        var blocks = new List<string>();
        var run = new List<INode>();
        void Flush()
        {
            if (run.Count == 0) return;
            if (run.All(IsPlain))
                blocks.AddRange(string.Concat(run.Select(Inline)).Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0));
            // A run of text and inline elements kept as HTML goes in a <p>: bare, a line starting with text or <a> would be a
            // Markdown paragraph, whose formulas hold the HTML's entities (&amp;) and whose text is read as Markdown.
            else blocks.Add(KeptHtml("<p>" + string.Concat(run.Select(n => n is IElement e ? e.OuterHtml : n is IComment c ? "<!--" + c.Data + "-->" : n.TextContent)).Trim() + "</p>"));
            run.Clear();
        }
        foreach (var node in document.Body!.ChildNodes.ToList())
        {
            if (node is IElement e && Blocks.Contains(e.TagName)) { Flush(); blocks.Add(Block(e)); }
            else if (node is IComment { Data: var data } && data.Trim() == "more") { Flush(); blocks.Add("<!--more-->"); } // WordPress's excerpt mark
            else if (node is IText or IElement) run.Add(node);
        }
        Flush();
        return string.Join("\n\n", blocks.Where(b => b.Length > 0)) + "\n";
    }

    private string Block(IElement e)
    {
        if (!IsPlainBlock(e)) return KeptHtml(e.OuterHtml);
        switch (e.TagName)
        {
            case "P": return Inline(e).Trim();
            case "HR": return "---";
            case "PRE":
                var code = e.TextContent.Trim('\n');
                var fence = code.Contains("```") ? "~~~~" : "```";
                return fence + "\n" + code + "\n" + fence;
            case "BLOCKQUOTE":
                var inner = new HtmlToMarkdown(formulas, line).Convert(e.InnerHtml).TrimEnd('\n');
                return string.Join('\n', inner.Split('\n').Select(l => l.Length == 0 ? ">" : "> " + l));
            case "UL" or "OL":
                var n = 0;
                return string.Join('\n', e.Children.Select(li => (e.TagName == "UL" ? "- " : $"{++n}. ") + Inline(li).Trim().Replace("\n", "\n   ")));
            default: // H1…H6
                return new string('#', e.TagName[1] - '0') + " " + Inline(e).Trim().Replace('\n', ' ');
        }
    }

    private static bool IsPlainBlock(IElement e) => e.TagName switch
    {
        "P" or "H1" or "H2" or "H3" or "H4" or "H5" or "H6" => e.Attributes.Length == 0 && e.ChildNodes.All(IsPlain),
        "HR" => e.Attributes.Length == 0,
        "PRE" => e.Attributes.Length == 0 && e.Children.All(c => c.TagName == "CODE" && c.Attributes.Length == 0 && c.Children.Length == 0),
        "UL" or "OL" => e.Attributes.Length == 0 && e.Children.All(li => li.TagName == "LI" && li.Attributes.Length == 0 && li.ChildNodes.All(IsPlain)),
        "BLOCKQUOTE" => e.Attributes.Length == 0 && e.Children.All(c => IsPlainBlock(c) || IsPlain(c)),
        _ => false,
    };

    private static bool IsPlain(INode node) => node switch
    {
        IText => true,
        IComment => false,
        IElement e when !InlinePlain.Contains(e.TagName) => false,
        IElement { TagName: "A" } a => a.Attributes.All(x => x.Name is "href" or "title") && a.ChildNodes.All(IsPlain),
        IElement { TagName: "IMG" } img => img.Attributes.All(x => x.Name is "src" or "alt" or "title"),
        IElement e => e.Attributes.Length == 0 && e.ChildNodes.All(IsPlain),
        _ => false,
    };

    private string Inline(INode node) => node switch
    {
        IText text => Text(text.Data),
        IElement e => e.TagName switch
        {
            "EM" or "I" => Wrap("*", Children(e)),
            "STRONG" or "B" => Wrap("**", Children(e)),
            "DEL" or "S" => Wrap("~~", Children(e)),
            "CODE" => CodeSpan(e.TextContent),
            "BR" => "\\\n",
            "A" => $"[{Children(e)}]({Url(e.GetAttribute("href") ?? "")}{Title(e)})",
            "IMG" => $"![{Escape(e.GetAttribute("alt") ?? "")}]({Url(e.GetAttribute("src") ?? "")}{Title(e)})",
            _ => Children(e),
        },
        _ => "",
    };

    private string Children(INode e) => string.Concat(e.ChildNodes.Select(Inline));

    private static string Wrap(string mark, string inner) => inner.Trim().Length == 0 ? inner : mark + inner.Trim() + mark;

    private static string Title(IElement e) => e.GetAttribute("title") is { Length: > 0 } t ? " \"" + t.Replace("\"", "\\\"") + "\"" : "";

    private static string Url(string url) => url.Contains(' ') || url.Contains(')') ? "<" + url.Replace(">", "%3E") + ">" : url;

    private static string CodeSpan(string code)
    {
        var ticks = "`";
        while (code.Contains(ticks)) ticks += "`";
        var pad = code.StartsWith('`') || code.EndsWith('`') ? " " : "";
        return ticks + pad + code + pad + ticks;
    }

    /// <summary>Text: formulas by MathJax's delimiters written by ours, the rest escaped for Markdown.</summary>
    private string Text(string text)
    {
        var (written, found) = MathRewriter.Rewrite(text, MathDialect.MathJax, line, marked: true);
        formulas.AddRange(found);
        var b = new StringBuilder();
        foreach (var (part, i) in written.Split('\u0001').Select((p, i) => (p, i)))
        {
            var end = part.IndexOf('\u0002');
            if (i > 0 && end >= 0) { b.Append(part, 0, end); b.Append(Escape(part[(end + 1)..])); }
            else b.Append(Escape(part));
        }
        return b.ToString();
    }

    /// <summary>Escapes what Markdown would read as syntax; <c>\$</c> (a dollar that is text) is already escaped.</summary>
    private static string Escape(string text)
    {
        var b = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] == '$') { b.Append("\\$"); i++; continue; }
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~') b.Append('\\');
            else if (c == '#' && (i == 0 || text[i - 1] == '\n')) b.Append('\\');
            b.Append(c);
        }
        return b.ToString();
    }

    /// <summary>
    /// HTML kept as written. A blank line would end a CommonMark HTML block and turn the rest into Markdown,
    /// so blank lines are closed up, except inside <c>pre</c>, <c>script</c>, <c>style</c> and <c>textarea</c>
    /// (HTML blocks of kind 1, which end only at their closing tag). Its formulas are counted as our parser
    /// reads raw HTML (<see cref="Blog.Markup.Formulas.HtmlMath"/>).
    /// </summary>
    private string KeptHtml(string html)
    {
        foreach (var tex in Blog.Markup.Formulas.HtmlMath.TexOf(html)) formulas.Add(new SourceFormula(tex, line, true));
        var kind1 = html.TrimStart().StartsWith("<pre", StringComparison.OrdinalIgnoreCase) || html.TrimStart().StartsWith("<script", StringComparison.OrdinalIgnoreCase)
            || html.TrimStart().StartsWith("<style", StringComparison.OrdinalIgnoreCase) || html.TrimStart().StartsWith("<textarea", StringComparison.OrdinalIgnoreCase);
        if (kind1) return html.Trim();
        var lines = html.Trim().Split('\n').Where(l => l.Trim().Length > 0);
        return string.Join('\n', lines);
    }
}
