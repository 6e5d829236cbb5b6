namespace Blog.Diagnostics;

/// <summary>
/// "Did you mean …?" for every name a writer can mistype (a reference's id or slug, a citation key):
/// the one edit distance of the tool and the one rule for which names are close enough to suggest.
/// </summary>
/// <remarks>
/// The rule is the Rust compiler's (<c>find_best_match_for_name</c>, rustc_span/src/edit_distance.rs):
/// a name is suggested when its Levenshtein distance from the word is at most
/// <c>max(length of the word, 3) / 3</c> (integer division: 1 edit up to 5 characters, 2 up to 8, …), compared
/// without regard to case, so a name that differs only in case is always suggested, first. A name that begins
/// with the word is suggested too, however long (a cut-short id: <c>cor-orth</c> for <c>cor-orthogonal</c>), as
/// the .NET CLI's typo correction (System.CommandLine's <c>TypoCorrection</c>) prefers names that start with what
/// was typed. Lengths and edits count UTF-16 code units. At most three names are given, fewest edits first, ties
/// in ordinal order.
/// </remarks>
public static class Suggestions
{
    /// <summary>How many names a hint lists at most.</summary>
    public const int Most = 3;

    /// <summary>
    /// The names among <paramref name="candidates"/> close enough to <paramref name="word"/> to suggest
    /// (see the rule above), closest first, at most <see cref="Most"/>; empty when none is. The word itself,
    /// if it is a candidate, is not suggested.
    /// </summary>
    public static IReadOnlyList<string> Nearest(string word, IEnumerable<string> candidates)
    {
        if (word.Length == 0) return [];
        var limit = MaxEdits(word);
        var folded = word.ToLowerInvariant();
        return candidates.Distinct(StringComparer.Ordinal).Where(c => c != word)
            .Select(c => (Name: c, Edits: Levenshtein(folded, c.ToLowerInvariant())))
            .Where(x => x.Edits <= limit || x.Name.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            .OrderBy(x => x.Edits).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(Most).Select(x => x.Name).ToList();
    }

    /// <summary>The most edits a suggestion for <paramref name="word"/> may be away: <c>max(length, 3) / 3</c> (rustc's rule).</summary>
    public static int MaxEdits(string word) => Math.Max(word.Length, 3) / 3;

    /// <summary>
    /// The Levenshtein distance of two strings: the fewest insertions, deletions and substitutions of one
    /// UTF-16 code unit that turn <paramref name="a"/> into <paramref name="b"/> (case-sensitive; 0 when equal).
    /// One row of the Wagner–Fischer table, so O(|a|·|b|) time and O(|b|) memory.
    /// </summary>
    public static int Levenshtein(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) row[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(above + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
