using Markdig.Helpers;
using Markdig.Parsers;

namespace Blog.Markup.Openers;

/// <summary>
/// Guards Markdig's raw-HTML scan (Markdig 1.6.0, <c>HtmlHelper.TryParseHtmlTag</c>): for a processing
/// instruction <c>&lt;?</c>, a declaration <c>&lt;!A</c> (any ASCII letter), a CDATA section <c>&lt;![CDATA[</c> or a comment
/// <c>&lt;!--</c> it reads forward to the closer (<c>?&gt;</c>, <c>&gt;</c>, <c>]]&gt;</c>, <c>--&gt;</c>),
/// and to the end of the paragraph when there is none, again for every such opener: <c>a &lt;? </c>
/// written 80,000 times took 24 s. Runs before Markdig's autolink parser. An opener whose closer does
/// not occur later in the paragraph (a look-up in <see cref="ParagraphScan"/>) is plain text, as Markdig
/// would make it after its scan; when the closer occurs, Markdig's scan stops there and consumes what it
/// read. Open and closing tags (short scans) are left to Markdig. An e-mail autolink (<c>&lt;!a@b.c&gt;</c>)
/// is tried first, as Markdig does.
/// </summary>
public sealed class RawHtmlOpenerParser : InlineParser
{
    /// <param name="work">Where to count the characters the long scans read.</param>
    public RawHtmlOpenerParser(ScanWork work)
    {
        Work = work;
        OpeningCharacters = ['<'];
    }

    /// <summary>Characters that the long raw-HTML scans (the four openers above) read, counted for tests.</summary>
    public ScanWork Work { get; }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var (closer, from) = LongScan(text, start, slice.End);
        if (closer is null) return false;
        var next = ParagraphScan.For(text, slice.End).NextCloser(closer, from);
        if (next >= 0)
        {
            Work.Add(next + closer.Length - start); // Markdig's scan reads to the closer and consumes it
            return false;
        }
        var autolink = slice;
        var isAutolink = LinkHelper.TryParseAutolink(ref autolink, out _, out _);
        Work.Add(Math.Max(1, autolink.Start - start));
        return !isAutolink && LiteralText.Emit(processor, ref slice, start);
    }

    /// <summary>
    /// The closer that Markdig's scan from the '&lt;' at <paramref name="start"/> reads to, and where it may
    /// start (CommonMark 0.31.2, "raw HTML"); null when Markdig's scan is short (an open or closing tag).
    /// </summary>
    private static (string? Closer, int From) LongScan(string text, int start, int end)
    {
        bool At(string s) => start + s.Length <= end + 1 && string.CompareOrdinal(text, start, s, 0, s.Length) == 0;
        if (At("<?")) return ("?>", start + 2);
        if (At("<!--")) return ("-->", start + 2);
        if (At("<![CDATA[")) return ("]]>", start + 9);
        if (At("<!") && start + 2 <= end && char.IsAsciiLetter(text[start + 2])) return (">", start + 3); // a declaration
        return (null, start);
    }
}
