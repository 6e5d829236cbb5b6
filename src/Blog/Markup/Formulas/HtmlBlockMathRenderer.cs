using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Markup.Formulas;

/// <summary>
/// Math inside a raw HTML block (<c>&lt;details&gt;</c>, <c>&lt;div&gt;</c>, <c>&lt;figure&gt;</c>,
/// <c>&lt;center&gt;</c>…) is math, as it is when MathJax runs over a whole page: the formulas in
/// the block's text (<see cref="HtmlText"/>: text outside tags, comments, <c>script</c>, <c>style</c>,
/// <c>pre</c>, <c>code</c> and <c>textarea</c>) are written through <see cref="MathHtml"/>, so
/// MathJax finds them in the browser and build mode typesets them. Everything else of the block
/// is written byte for byte. Blocks without formulas go to Markdig's own renderer.
/// </summary>
public sealed class HtmlBlockMathRenderer(HtmlObjectRenderer<HtmlBlock> plain) : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        var raw = block.Lines.ToString();
        var formulas = renderer.EnableHtmlForBlock ? Formulas(raw) : [];
        if (formulas.Count == 0)
        {
            plain.Write(renderer, block);
            return;
        }
        renderer.EnsureLine();
        var at = 0;
        foreach (var (start, texStart, texEnd, next, kind) in formulas)
        {
            renderer.Write(raw[at..start]);
            var line = block.Line + 1 + raw.AsSpan(0, start).Count('\n');
            MathHtml.Write(renderer, WebUtility.HtmlDecode(raw[texStart..texEnd]), kind, block: false, line);
            at = next;
        }
        renderer.WriteLine(raw[at..]);
    }

    /// <summary>Every formula in the block's text, in order.</summary>
    private static List<(int Start, int TexStart, int TexEnd, int Next, MathKind Kind)> Formulas(string raw)
    {
        var found = new List<(int, int, int, int, MathKind)>();
        if (!raw.Contains('$') && !raw.Contains('\\')) return found;
        foreach (var (start, end) in HtmlText.Runs(raw))
            for (var i = start; i < end; i++)
            {
                if (raw[i] is not ('$' or '\\')) continue;
                var (kind, texStart, texEnd, next) = MathInlineParser.At(raw, i, end);
                if (kind is { } k)
                {
                    found.Add((i, texStart, texEnd, next, k));
                    i = next - 1;
                }
                else if (raw[i] == '\\') i++; // an escaped character, like \$
            }
        return found;
    }
}
