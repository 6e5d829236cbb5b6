namespace Blog.Theme;

/// <summary>
/// Tags (and categories) that differ only in spelling the URL keeps apart — "AI" and "ai" both have
/// the page <c>/tags/ai/</c> — are one term: one page listing the posts of every spelling, shown
/// under the spelling most posts use (the first in ordinal order on a tie).
/// </summary>
public static class TermNames
{
    /// <param name="Name">The spelling shown.</param>
    /// <param name="Spellings">Every spelling that leads to the term's page.</param>
    /// <param name="Uses">How many times the term is given, over all spellings.</param>
    public sealed record Term(string Name, string Path, IReadOnlySet<string> Spellings, int Uses);

    /// <param name="names">Every use of a term (not distinct): one per post that gives it.</param>
    /// <param name="path">The site path of a term's page, e.g. <c>SitePaths.Tag</c>.</param>
    public static IReadOnlyList<Term> Group(IEnumerable<string> names, Func<string, string> path) => names
        .GroupBy(path, StringComparer.Ordinal)
        .Select(g => new Term(
            g.GroupBy(n => n, StringComparer.Ordinal).OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key,
            g.Key, g.ToHashSet(StringComparer.Ordinal), g.Count()))
        .ToList();
}
