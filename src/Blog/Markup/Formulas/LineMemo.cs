using System.Runtime.CompilerServices;

namespace Blog.Markup.Formulas;

/// <summary>
/// The lines of a Markdown source and, per closing delimiter, which lines hold one and which are
/// blank, with "the next such line" for every line: the block parser's look-ahead for a closer
/// becomes one lookup instead of a read of the rest of the file per opener. Lines end at
/// <c>\n</c>, <c>\r</c> or <c>\r\n</c>, as in the look-ahead it replaces.
/// </summary>
internal sealed class LineMemo
{
    private static readonly ConditionalWeakTable<string, LineMemo> Memos = new();

    private readonly string _source;
    private readonly List<(int Start, int End)> _lines = [];
    private readonly Dictionary<string, (int[] NextCloser, int[] NextBlank)> _byCloser = new(StringComparer.Ordinal);

    private LineMemo(string source)
    {
        _source = source;
        for (var start = 0; ;)
        {
            var end = source.IndexOfAny(['\r', '\n'], start) is var e and >= 0 ? e : source.Length;
            _lines.Add((start, end));
            if (end >= source.Length) break;
            start = end + (source[end] == '\r' && end + 1 < source.Length && source[end + 1] == '\n' ? 2 : 1);
        }
    }

    public static LineMemo For(string source) => Memos.GetValue(source, s => new LineMemo(s));

    /// <summary>
    /// Whether a line after <paramref name="from"/> (the end of the opener's line) holds the closer
    /// before a blank line (when <paramref name="stopAtBlankLine"/>) or the end of the source.
    /// </summary>
    /// <param name="closer">Names the closer, as the key of what <paramref name="holdsCloser"/> finds.</param>
    public bool ClosesLater(int from, string closer, Func<string, bool> holdsCloser, bool stopAtBlankLine)
    {
        if (from >= _source.Length) return false;
        var start = from;
        if (_source[start] is '\r' or '\n') start += _source[start] == '\r' && start + 1 < _source.Length && _source[start + 1] == '\n' ? 2 : 1;
        var index = _lines.BinarySearch((start, 0), Comparer<(int Start, int End)>.Create((a, b) => a.Start.CompareTo(b.Start)));
        if (index < 0) index = ~index; // not a line start: the look-ahead begins at the next line
        if (index >= _lines.Count) return false;
        var (nextCloser, nextBlank) = Tables(closer, holdsCloser);
        var c = nextCloser[index];
        if (c < 0) return false;
        return !stopAtBlankLine || nextBlank[index] < 0 || c < nextBlank[index];
    }

    private (int[], int[]) Tables(string closer, Func<string, bool> holdsCloser)
    {
        lock (_byCloser)
        {
            if (_byCloser.TryGetValue(closer, out var tables)) return tables;
            var nextCloser = new int[_lines.Count + 1];
            var nextBlank = new int[_lines.Count + 1];
            nextCloser[_lines.Count] = nextBlank[_lines.Count] = -1;
            for (var i = _lines.Count - 1; i >= 0; i--)
            {
                var line = _source[_lines[i].Start.._lines[i].End];
                var blank = line.All(c => char.IsWhiteSpace(c) || c == '>');
                nextBlank[i] = blank ? i : nextBlank[i + 1];
                nextCloser[i] = !blank && holdsCloser(line) ? i : nextCloser[i + 1];
            }
            return _byCloser[closer] = (nextCloser, nextBlank);
        }
    }
}
