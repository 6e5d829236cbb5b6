using System.Text;
using Blog.Markup.Formulas;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Markup;

/// <summary>The readable text of a syntax tree: prose only, formulas as their TeX, code left out.</summary>
public static class PlainText
{
    public static string Of(MarkdownObject root)
    {
        var text = new StringBuilder();
        foreach (var node in root.Descendants())
        {
            switch (node)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case MathInline math: text.Append(math.Tex); break;
                case IPlainText own: text.Append(own.PlainText); break;
                case MathBlock block: text.Append(block.Tex).Append('\n'); break;
                case LineBreakInline: text.Append(' '); break;
                case ParagraphBlock or HeadingBlock: text.Append('\n'); break;
            }
        }
        return text.ToString().Trim();
    }
}
