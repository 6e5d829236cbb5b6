using System.Runtime.CompilerServices;

namespace Blog.Markup.Openers;

/// <summary>
/// What one pass over a paragraph's inline text knows about its closers: where each <c>?&gt;</c>,
/// <c>--&gt;</c>, <c>]]&gt;</c>, <c>&gt;</c> and <c>]</c> starts (in order, so the next one after any
/// position is a binary search), and per emphasis character where the first run that may open and the
/// last run that may close start. An opener after the last closer of its kind
/// can never close, so the parsers answer it in constant time instead of reading to the end of the
/// paragraph. Kept with the paragraph's text (Markdig builds one string per paragraph).
/// </summary>
internal sealed class ParagraphScan
{
    private static readonly ConditionalWeakTable<string, ParagraphScan> Scans = new();

    /// <summary>The emphasis characters of the site's pipeline (emphasis, strong, strikethrough).</summary>
    public const string EmphasisCharacters = "*_~";

    private readonly int _end;
    private static readonly string[] Closers = ["?>", "-->", "]]>", ">", "]"];

    private readonly Dictionary<string, List<int>> _closers = Closers.ToDictionary(c => c, _ => new List<int>(), StringComparer.Ordinal);
    private readonly int[] _firstMayOpen = new int[EmphasisCharacters.Length];
    private readonly int[] _lastMayClose = new int[EmphasisCharacters.Length];

    private ParagraphScan(string text, int end)
    {
        _end = end;
        for (var i = 0; i <= end; i++)
        {
            if (text[i] is not ('>' or ']')) continue;
            foreach (var closer in Closers)
            {
                var at = i - closer.Length + 1;
                if (at >= 0 && string.CompareOrdinal(text, at, closer, 0, closer.Length) == 0) _closers[closer].Add(at);
            }
        }
        Array.Fill(_firstMayOpen, int.MaxValue);
        Array.Fill(_lastMayClose, -1);
        for (var i = 0; i <= end; i++)
        {
            var kind = EmphasisCharacters.IndexOf(text[i]);
            if (kind < 0) continue;
            var start = i;
            while (i + 1 <= end && text[i + 1] == text[start]) i++;
            if (MayOpen(text, i, end) && _firstMayOpen[kind] == int.MaxValue) _firstMayOpen[kind] = start;
            if (MayClose(text, start)) _lastMayClose[kind] = start;
        }
    }

    /// <summary>The scan of <paramref name="text"/> up to index <paramref name="end"/> (inclusive, as Markdig's slices).</summary>
    public static ParagraphScan For(string text, int end)
    {
        var scan = Scans.GetValue(text, t => new ParagraphScan(t, end));
        if (scan._end == end) return scan;
        scan = new ParagraphScan(text, end);
        Scans.AddOrUpdate(text, scan);
        return scan;
    }

    /// <summary>Where the first <paramref name="closer"/> (one of the strings above) at or after <paramref name="from"/> starts, or -1.</summary>
    public int NextCloser(string closer, int from)
    {
        var starts = _closers[closer];
        var index = starts.BinarySearch(from);
        if (index < 0) index = ~index;
        return index < starts.Count ? starts[index] : -1;
    }

    /// <summary>
    /// Whether the run of emphasis characters from <paramref name="start"/> to <paramref name="last"/> has
    /// a possible partner: it may open and a later run may close, or it may close and an earlier run may
    /// open. "May" uses only the necessary half of CommonMark's flanking rules (an opener is not followed
    /// by white space, a closer not preceded by it), so it errs towards a partner, never away from one.
    /// </summary>
    public bool MayPair(string text, int start, int last)
    {
        var kind = EmphasisCharacters.IndexOf(text[start]);
        return (MayOpen(text, last, _end) && _lastMayClose[kind] > last)
            || (MayClose(text, start) && _firstMayOpen[kind] < start);
    }

    private static bool MayOpen(string text, int last, int end) => last < end && !char.IsWhiteSpace(text[last + 1]);

    private static bool MayClose(string text, int start) => start > 0 && !char.IsWhiteSpace(text[start - 1]);
}
