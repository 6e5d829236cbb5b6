using Blog.Diagnostics;

namespace Blog.Content;

/// <summary>
/// Two different tags (or categories) must not share a page silently: spellings that lead to the same
/// page (<c>/tags/a-b/</c> for <c>a.b</c> and <c>a?b</c>) must be the same term by <see cref="Slugs.SameTerm"/>,
/// or the build fails naming both spellings and the posts that give them.
/// </summary>
public static class TermCollisions
{
    /// <param name="of">The terms a post gives (its tags, or its categories).</param>
    /// <param name="key">The front-matter key that gives them (<c>tags</c>, <c>categories</c>), for the place.</param>
    /// <param name="path">The page of a term, e.g. <see cref="SitePaths.Tag"/>.</param>
    /// <exception cref="DiagnosticException">At the front-matter line of the second spelling.</exception>
    public static void Check(IEnumerable<Entry> entries, Func<Entry, IReadOnlyList<string>> of, string key, Func<string, string> path)
    {
        var first = new Dictionary<string, (string Spelling, Entry Entry)>(StringComparer.Ordinal);
        foreach (var entry in entries)
            foreach (var name in of(entry))
            {
                var page = path(name);
                if (!first.TryGetValue(page, out var seen)) first[page] = (name, entry);
                else if (!Slugs.SameTerm(seen.Spelling, name))
                    throw new DiagnosticException(Diagnostic.Error(entry.SourceFile, entry.FrontMatterLine(key), 1,
                        $"The {key} entry '{name}' and '{seen.Spelling}' (given in {seen.Entry.SourceFile}) are different names with the same page {page}.",
                        $"Rename one of them so that they differ in letters or digits, or spell both the same way if they are one term."));
            }
    }
}
