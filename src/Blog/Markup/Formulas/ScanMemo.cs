using System.Runtime.CompilerServices;

namespace Blog.Markup.Formulas;

/// <summary>
/// Answers "where does the formula opened here close?" for every opener of one text in linear time
/// overall. Scanning forward from each opener is quadratic when openers never close (20,000 lines
/// of <c>\[ x</c>, or <c>\(</c> 160,000 times on one line: each scan runs to the end). Each answer
/// depends only on the position the scan starts at, so it is computed for every position at once,
/// from the end of the text backwards, the first time a text is asked about, and kept with the text.
/// </summary>
internal sealed class ScanMemo
{
    private static readonly ConditionalWeakTable<string, ScanMemo> Memos = new();

    /// <summary>Below this many characters a direct scan is cheaper than building a table.</summary>
    public const int DirectScanLength = 512;

    private readonly string _text;
    private readonly int _limit;
    private readonly Dictionary<string, int[]> _tables = new(StringComparer.Ordinal);

    private ScanMemo(string text, int limit) => (_text, _limit) = (text, limit);

    /// <summary>The memo of <paramref name="text"/> scanned up to <paramref name="limit"/> (exclusive).</summary>
    public static ScanMemo For(string text, int limit)
    {
        var memo = Memos.GetValue(text, t => new ScanMemo(t, limit));
        if (memo._limit == limit) return memo;
        memo = new ScanMemo(text, limit);
        Memos.AddOrUpdate(text, memo);
        return memo;
    }

    /// <summary>As <see cref="TexScanner.FindBackslashEnd"/>: the first <c>\</c>+<paramref name="closer"/> a scan from <paramref name="from"/> meets, or -1.</summary>
    public int BackslashEnd(int from, char closer) => At(Table("\\" + closer, BuildBackslash), from);

    /// <summary>As <see cref="TexScanner.FindDoubleDollarEnd"/>.</summary>
    public int DoubleDollarEnd(int from) => At(Table("$$", BuildDoubleDollar), from);

    /// <summary>As <see cref="TexScanner.FindEnvironmentEnd"/>: the index just after the matching <c>\end{name}</c>, or -1.</summary>
    public int EnvironmentEnd(int from, string name)
    {
        var table = Table("env:" + name, _ => BuildEnvironment(name));
        var end = At(table, from);
        return end < 0 ? -1 : end;
    }

    private static int At(int[] table, int from) => from < table.Length ? table[from] : -1;

    private int[] Table(string key, Func<string, int[]> build)
    {
        lock (_tables)
        {
            if (!_tables.TryGetValue(key, out var table)) _tables[key] = table = build(key);
            return table;
        }
    }

    // Each table holds, for every start position p, the answer of a scan that starts at p. A scan
    // steps over one ordinary character, or over a backslash and the character after it; so the
    // answer at p is the answer at p+1 or p+2, which are already known when going backwards.

    private int[] BuildBackslash(string key)
    {
        var closer = key[1];
        var next = new int[_limit + 2];
        next[_limit] = next[_limit + 1] = -1;
        for (var p = _limit - 1; p >= 0; p--)
        {
            if (p >= _limit - 1) next[p] = -1;
            else if (_text[p] != '\\') next[p] = next[p + 1];
            else next[p] = _text[p + 1] == closer ? p : next[p + 2];
        }
        return next;
    }

    private int[] BuildDoubleDollar(string _)
    {
        var next = new int[_limit + 2];
        next[_limit] = next[_limit + 1] = -1;
        for (var p = _limit - 1; p >= 0; p--)
        {
            if (p >= _limit - 1) next[p] = -1;
            else if (_text[p] == '\\') next[p] = next[p + 2];
            else next[p] = _text[p] == '$' && _text[p + 1] == '$' ? p : next[p + 1];
        }
        return next;
    }

    /// <summary>
    /// For each start p (depth 1 after an opener): the index just after the <c>\end{name}</c> that
    /// brings the depth to 0, counting nested <c>\begin{name}</c>. Tokens are the begins and ends a
    /// scan meets; <c>token[p]</c> is the first token a scan from p meets. The closing end for a scan
    /// that meets token t first is t itself when t is an end; when t is a begin, it is the close of
    /// the scan after t's own close: two look-ups further right, already computed.
    /// </summary>
    private int[] BuildEnvironment(string name)
    {
        string begin = $"\\begin{{{name}}}", end = $"\\end{{{name}}}";
        var token = new int[_limit + 2];
        var close = new int[_limit + 2]; // at token positions: index just after the matching end, or -1
        token[_limit] = token[_limit + 1] = -1;
        for (var p = _limit - 1; p >= 0; p--)
        {
            if (_text[p] != '\\') { token[p] = token[p + 1]; continue; }
            var isBegin = p + begin.Length <= _limit && string.CompareOrdinal(_text, p, begin, 0, begin.Length) == 0;
            var isEnd = !isBegin && p + end.Length <= _limit && string.CompareOrdinal(_text, p, end, 0, end.Length) == 0;
            if (isEnd) { token[p] = p; close[p] = p + end.Length; continue; }
            if (isBegin)
            {
                token[p] = p;
                var inner = Follow(token, close, p + begin.Length);          // closes this nested begin
                close[p] = inner < 0 ? -1 : Follow(token, close, inner);     // then closes the opener
                continue;
            }
            token[p] = p + 2 <= _limit ? token[Math.Min(p + 2, _limit)] : -1;
        }
        var answer = new int[_limit + 1];
        for (var p = 0; p <= _limit; p++) answer[p] = Follow(token, close, p);
        return answer;
    }

    private int Follow(int[] token, int[] close, int from)
    {
        if (from > _limit) return -1;
        var t = token[from];
        return t < 0 ? -1 : close[t];
    }
}
