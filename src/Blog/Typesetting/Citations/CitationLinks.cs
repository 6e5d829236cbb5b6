using Blog.Markup.Rendering;

namespace Blog.Typesetting.Citations;

/// <summary>
/// What the formatted citations and the bibliography add to a page's links and ids (<see cref="WrittenLinks"/>):
/// a citation's links (to its entry, <c>#ref-key</c>) at the citation's Markdown line and column, the
/// bibliography's ids (<c>refs</c>, <c>ref-key</c>) and the links inside its entries (a DOI, a URL). Made from
/// citeproc's answer as <see cref="FormatCitations"/> writes it, so the link check never reads the page for them.
/// </summary>
public static class CitationLinks
{
    /// <summary>Metadata key of a page's citation records (a <see cref="WrittenLinks"/>).</summary>
    public const string Key = "citation-links";

    /// <param name="citations">Each formatted citation's HTML (citeproc's), with its line and column in the Markdown file.</param>
    /// <param name="bibliography">The bibliography's entries; empty when none is written.</param>
    public static WrittenLinks Of(IEnumerable<(string Html, int Line, int Column)> citations, IReadOnlyList<FormattedEntry> bibliography)
    {
        var written = new WrittenLinks();
        foreach (var (html, line, column) in citations) RawHtmlLinks.Record(written, CitationMarkup.Clean(html), line, column);
        if (bibliography.Count == 0) return written;
        written.Id("refs");
        foreach (var entry in bibliography)
        {
            written.Id("ref-" + entry.Id);
            RawHtmlLinks.Record(written, CitationMarkup.Clean(entry.Html), 0, 0);
        }
        return written;
    }
}
