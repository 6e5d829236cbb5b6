using Blog.Diagnostics;

namespace Blog.Markup;

/// <summary>
/// A guard for Markdig's inline-link parser (Markdig 1.6.0, the newest): at every <c>](</c> it reads
/// the link destination forward until white space or an unbalanced <c>)</c>, and reads it again for
/// the next <c>](</c>. Text such as <c>[a](</c> written 40,000 times without a space makes that
/// quadratic (tens of seconds). This guard adds up, in linear time, how far every destination scan
/// will read; when the total passes <see cref="Budget"/> the page fails with a diagnostic at the
/// first long scan instead of hanging the build.
/// </summary>
public static class LinkScanGuard
{
    /// <summary>Characters all destination scans of one text may read: ample for any real page (a 10,000-link page of 200-character URLs reads 2,000,000).</summary>
    public const long Budget = 20_000_000;

    /// <param name="firstLine">Line of the file that the text's first line is.</param>
    public static void Check(string text, string file, int firstLine)
    {
        if (text.Length < 4096) return; // cannot reach the budget: (4096/3)² / 2 < Budget
        var stop = ScanStops(text);
        long total = 0;
        var first = -1;
        for (var p = text.IndexOf("](", StringComparison.Ordinal); p >= 0; p = text.IndexOf("](", p + 2, StringComparison.Ordinal))
        {
            var from = p + 2;
            var read = (from < text.Length && text[from] == '<' ? AngleEnd(text, from) : stop[from]) - from;
            if (first < 0 && read > 1_000) first = p;
            total += read;
            if (total > Budget) throw Error(text, first < 0 ? p : first, file, firstLine);
        }
    }

    /// <summary>
    /// For every position, where a destination scan starting there stops: the first white space, or the
    /// first ')' that closes no '(' opened after the start. Computed backwards with a stack of the
    /// positions where the running parenthesis depth drops (a "next smaller value" pass).
    /// </summary>
    internal static int[] ScanStops(string text)
    {
        var n = text.Length;
        var stop = new int[n + 1];
        stop[n] = n;
        // depth[i]: '(' minus ')' in text[..i]; a scan from p stops at the first ')' at q with depth[q+1] < depth[p].
        var depth = new int[n + 1];
        for (var i = 0; i < n; i++) depth[i + 1] = depth[i] + (text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0);
        var nextSpace = n;
        // Indexes q to the right, nearest on top, with depth[q + 1] strictly smaller the deeper in the
        // stack: an index whose depth is not below a nearer one's can never be the first to drop.
        var lower = new List<int>();
        for (var p = n - 1; p >= 0; p--)
        {
            if (char.IsWhiteSpace(text[p]) || char.IsControl(text[p])) nextSpace = p;
            while (lower.Count > 0 && depth[lower[^1] + 1] >= depth[p + 1]) lower.RemoveAt(lower.Count - 1);
            lower.Add(p);
            var close = n;
            // The bottom is the lowest depth to the right; when even it does not drop below depth[p],
            // nothing does. Otherwise depth moves by one per character: the top two steps find it.
            if (depth[lower[0] + 1] < depth[p])
                for (var k = lower.Count - 1; k >= 0; k--)
                    if (depth[lower[k] + 1] < depth[p]) { close = lower[k]; break; }
            stop[p] = Math.Min(nextSpace, close);
        }
        return stop;
    }

    /// <summary>A <c>&lt;…&gt;</c> destination reads to its '>' or to the end of its line.</summary>
    private static int AngleEnd(string text, int from)
    {
        var end = text.IndexOfAny(['>', '\n'], from + 1);
        return end < 0 ? text.Length : end;
    }

    private static DiagnosticException Error(string text, int at, string file, int firstLine)
    {
        var line = 1 + text.AsSpan(0, at).Count('\n');
        var column = at - (text.LastIndexOf('\n', Math.Max(0, at - 1)) is var n && n >= 0 && n < at ? n + 1 : 0) + 1;
        return new DiagnosticException(Diagnostic.Error(file, line + firstLine - 1, column,
            "Too many link destinations start here that never end: each '](' not followed by a closing ')' or a space makes Markdig read the rest of the paragraph again.",
            "Close the links with ')', or write the text as \\]( or \\( so that it is not read as a link."));
    }
}
