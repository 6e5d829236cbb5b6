using System.Text;
using Blog.Markup.Formulas;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Import.Markup;

/// <summary>
/// Reads a post's formulas by its source's rules (<see cref="MathDialect"/>) and writes each back so that this
/// site's parser reads the same formula: inline math as <c>$…$</c> (or <c>\(…\)</c> where Pandoc's dollar rules
/// would not close it, e.g. before a digit), display math as <c>$$…$$</c> where it stood. A dollar that was
/// text in the source is written <c>\$</c>. Code blocks, code spans and raw HTML blocks are left as written
/// (found with Markdig, so lists and fences are read as Markdown reads them).
/// </summary>
public static class MathRewriter
{
    private static readonly MarkdownPipeline Plain = new MarkdownPipelineBuilder().UsePipeTables().UsePreciseSourceLocation().Build();

    /// <param name="firstLine">Line of the source file that the text's first line is (for the formulas' lines).</param>
    /// <param name="marked">
    /// Plain text, not Markdown (a text node of HTML): nothing is protected, and each formula written is put
    /// between U+0001 and U+0002 so that the caller can escape the text around it for Markdown.
    /// </param>
    public static (string Text, List<SourceFormula> Formulas) Rewrite(string text, MathDialect dialect, int firstLine, bool marked = false)
    {
        var protectedRanges = marked ? [] : Protected(text);
        var lineStarts = LineStarts(text);
        var output = new StringBuilder(text.Length + 16);
        var formulas = new List<SourceFormula>();
        var p = 0;
        int LineOf(int at) { var k = lineStarts.BinarySearch(at); return (k >= 0 ? k : ~k - 1) + firstLine; }

        for (var i = 0; i < text.Length; i++)
        {
            while (p < protectedRanges.Count && protectedRanges[p].End <= i) p++;
            if (p < protectedRanges.Count && protectedRanges[p].Start <= i)
            {
                var (_, end, html) = protectedRanges[p];
                if (html) output.Append(HtmlBlockMath.Rewrite(text[i..end], dialect.HtmlDialect, LineOf(i), formulas));
                else output.Append(text, i, end - i);
                i = end - 1;
                continue;
            }
            var limit = Limit(text, i, p < protectedRanges.Count ? protectedRanges[p].Start : text.Length);
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                var before = formulas.Count;
                var at = output.Length;
                i = Backslash(text, i, limit, dialect, output, formulas, LineOf);
                if (marked && formulas.Count > before) output.Insert(at, '\u0001').Append('\u0002');
                continue;
            }
            if (c != '$') { output.Append(c); continue; }
            if (i + 1 < text.Length && text[i + 1] == '$')
            {
                var end = TexScanner.FindDoubleDollarEnd(text, i + 2, limit);
                if (end < 0) { output.Append(@"\$\$"); i++; continue; }
                var tex = text[(i + 2)..end];
                var display = !dialect.Kramdown || StandsAlone(text, i, end + 2);
                formulas.Add(new SourceFormula(Containers.Unquote(tex, Containers.QuoteDepth(text, i)), LineOf(i), display));
                if (marked) output.Append('\u0001');
                if (display) output.Append("$$").Append(tex).Append("$$");
                else output.Append(Inline(tex, end + 2 < text.Length ? text[end + 2] : '\0'));
                if (marked) output.Append('\u0002');
                i = end + 1;
                continue;
            }
            var close = dialect.SingleDollar ? SingleDollarEnd(text, i + 1, limit) : -1;
            if (close < 0) { output.Append(@"\$"); continue; }
            var inner = text[(i + 1)..close];
            formulas.Add(new SourceFormula(Containers.Unquote(inner, Containers.QuoteDepth(text, i)), LineOf(i), false));
            if (marked) output.Append('\u0001');
            output.Append(Inline(inner, close + 1 < text.Length ? text[close + 1] : '\0'));
            if (marked) output.Append('\u0002');
            i = close;
        }
        return (output.ToString(), formulas);
    }

    /// <summary>A backslash at <paramref name="i"/>: a formula, an escape, or text. Returns the index of the last character consumed.</summary>
    private static int Backslash(string text, int i, int limit, MathDialect dialect, StringBuilder output, List<SourceFormula> formulas, Func<int, int> lineOf)
    {
        var next = text[i + 1];
        if (dialect.Kramdown && next == '\\' && i + 2 < text.Length && text[i + 2] is '(' or '[')
        {
            // kramdown turns \\( into \( for MathJax: a formula up to \\) or \\].
            var closer = text[i + 2] == '(' ? @"\\)" : @"\\]";
            var end = text.IndexOf(closer, i + 3, Math.Max(0, limit - i - 3), StringComparison.Ordinal);
            if (end >= 0)
            {
                var tex = text[(i + 3)..end];
                formulas.Add(new SourceFormula(tex, lineOf(i), closer[^1] == ']'));
                output.Append(closer[^1] == ']' ? $"$${tex}$$" : Inline(tex, end + 3 < text.Length ? text[end + 3] : '\0'));
                return end + 2;
            }
        }
        if (dialect.Kramdown && next is '(' or ')' or '[' or ']')
        {
            // kramdown's escape: the reader saw the bracket alone, which must not open a formula here.
            output.Append(next switch { '[' => "&#91;", ']' => "&#93;", _ => next.ToString() });
            return i + 1;
        }
        if (dialect.Backslash && next is '(' or '[')
        {
            var end = TexScanner.FindBackslashEnd(text, i + 2, limit, next == '(' ? ')' : ']');
            if (end >= 0)
            {
                var tex = text[(i + 2)..end];
                formulas.Add(new SourceFormula(tex, lineOf(i), next == '['));
                // Written with dollars like every other formula, unless dollars inside would end it early.
                if (next == '(') output.Append(Inline(tex, end + 2 < text.Length ? text[end + 2] : '\0'));
                else if (tex.Contains("$$")) output.Append(text, i, end + 2 - i);
                else output.Append("$$").Append(tex).Append("$$");
                return end + 1;
            }
        }
        if (dialect.Environments && next == 'b' && TexScanner.EnvironmentAt(text, i) is { } env)
        {
            var after = TexScanner.FindEnvironmentEnd(text, i + 8 + env.Length, text.Length, env);
            if (after >= 0)
            {
                formulas.Add(new SourceFormula(text[i..after], lineOf(i), true));
                output.Append(text, i, after - i);
                return after - 1;
            }
        }
        output.Append('\\').Append(next);
        return i + 1;
    }

    /// <summary>Inline math by our rules: <c>$tex$</c>, or <c>\(tex\)</c> where Pandoc's dollar rule would not read it.</summary>
    internal static string Inline(string tex, char after)
    {
        var t = tex.Trim();
        var dollarInside = false;
        for (var k = 0; k < t.Length; k++) { if (t[k] == '\\') k++; else if (t[k] == '$') dollarInside = true; }
        return dollarInside || char.IsAsciiDigit(after) || t.Length == 0 || t.EndsWith('\\') ? $"\\({t}\\)" : $"${t}$";
    }

    /// <summary>
    /// kramdown's block boundary, inside whatever block quotes hold the line (kramdown parses a quote's text
    /// as a document of its own): only blanks before the <c>$$</c> on its line, and above it a blank line, the
    /// start or the quote's first line; after the closing <c>$$</c> only blanks on its line, and below it a
    /// blank line, the end or the quote's end. Indentation is a list item's (code blocks are protected).
    /// Source: kramdown's parser/kramdown/block_boundary.rb (after_block_boundary?, before_block_boundary?).
    /// </summary>
    private static bool StandsAlone(string text, int open, int afterClose)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, open - 1)) + 1;
        if (open == 0) lineStart = 0;
        var depth = Containers.QuoteDepth(text, open);
        if (text.AsSpan(Containers.ContentStart(text, lineStart), open - Containers.ContentStart(text, lineStart)).Trim().Length > 0) return false;
        if (lineStart > 0)
        {
            var previousStart = text.LastIndexOf('\n', Math.Max(0, lineStart - 2)) + 1;
            if (lineStart == 1) previousStart = 0;
            if (!Containers.IsBlank(text, previousStart) && Containers.QuoteDepthOfLine(text, previousStart) >= depth) return false;
        }
        var lineEnd = text.IndexOf('\n', afterClose);
        if (lineEnd < 0) return text.AsSpan(afterClose).Trim().Length == 0;
        if (text.AsSpan(afterClose, lineEnd - afterClose).Trim().Length > 0) return false;
        return lineEnd + 1 >= text.Length || Containers.IsBlank(text, lineEnd + 1) || Containers.QuoteDepthOfLine(text, lineEnd + 1) < depth;
    }

    /// <summary>MathJax's single dollar: the next unescaped '$' (not an empty formula), not across a blank line.</summary>
    private static int SingleDollarEnd(string text, int from, int limit)
    {
        if (from >= limit || text[from] == '$') return -1;
        for (var k = from; k < limit; k++)
        {
            if (text[k] == '\\') { k++; continue; }
            if (text[k] == '$') return k;
        }
        return -1;
    }

    /// <summary>A formula ends before the next blank line and before the next code or HTML the Markdown holds.</summary>
    private static int Limit(string text, int from, int protectedStart)
    {
        var blank = from;
        while (true)
        {
            var nl = text.IndexOf('\n', blank);
            if (nl < 0 || nl >= protectedStart) return protectedStart;
            if (nl + 1 >= text.Length || Containers.IsBlank(text, nl + 1)) return Math.Min(nl, protectedStart);
            blank = nl + 1;
        }
    }

    /// <summary>
    /// Code blocks, code spans, raw HTML blocks, HTML comments inside a paragraph (the source's Markdown and
    /// MathJax both leave them alone) and autolinks, as [start, end) ranges in order; <c>Html</c> marks a raw HTML
    /// block, whose text the browser's MathJax reads (<see cref="HtmlBlockMath"/>).
    /// </summary>
    private static List<(int Start, int End, bool Html)> Protected(string text)
    {
        var ranges = new List<(int Start, int End, bool Html)>();
        var document = Markdown.Parse(text, Plain);
        foreach (var node in document.Descendants())
        {
            var span = node switch
            {
                CodeBlock or HtmlBlock => ((Block)node).Span,
                CodeInline or AutolinkInline => ((Inline)node).Span,
                HtmlInline { Tag: var tag } html when tag.StartsWith("<!--", StringComparison.Ordinal) => html.Span,
                _ => SourceSpan.Empty,
            };
            if (!span.IsEmpty && span.Start >= 0) ranges.Add((span.Start, Math.Min(text.Length, span.End + 1), node is HtmlBlock));
        }
        ranges.Sort();
        return ranges;
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var k = 0; k < text.Length; k++) if (text[k] == '\n') starts.Add(k + 1);
        return starts;
    }
}
