namespace Blog.Markup.CrossReferences;

/// <summary>Levenshtein distance, to suggest the id a mistyped reference meant.</summary>
public static class Distance
{
    /// <summary>Up to three candidates within a third of the word's length (at least 2 edits), or that begin with it, closest first.</summary>
    public static IEnumerable<string> Nearest(string word, IEnumerable<string> candidates) => candidates
        .Select(c => (c, d: Of(word, c)))
        .Where(x => x.d <= Math.Max(2, word.Length / 3) || x.c.StartsWith(word, StringComparison.Ordinal))
        .OrderBy(x => x.d).ThenBy(x => x.c, StringComparer.Ordinal)
        .Take(3).Select(x => x.c);

    public static int Of(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var up = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = up;
            }
        }
        return row[b.Length];
    }
}
