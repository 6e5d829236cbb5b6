using Markdig.Syntax.Inlines;

namespace Blog.Markup.Citations;

/// <summary>
/// A Pandoc citation in the text: <c>[@a; see @b, p. 3]</c> (one or more items in brackets) or
/// <c>@a</c> (author-in-text). The citation stage formats it with the post's CSL style; until then it
/// renders as a placeholder (<see cref="CitationHtml"/>) that keeps the source text.
/// </summary>
public sealed class Citation : LeafInline, Text.ISourceText
{
    public required IReadOnlyList<CitationItem> Items { get; init; }
    /// <summary>Pandoc's <c>@key</c> without brackets: the author becomes part of the sentence ("Ma et al. (2020)").</summary>
    public bool AuthorInText { get; init; }
    /// <summary>The Markdown as written, shown if the citation cannot be formatted (an unknown author-in-text key).</summary>
    public required string Source { get; init; }

    string Text.ISourceText.SourceText => Source;
}

/// <summary>
/// One cited work. Names follow CSL's cite-item: <see cref="Locator"/> with its <see cref="Label"/>
/// (a CSL locator type such as "page", "chapter"); <see cref="SuppressAuthor"/> is Pandoc's <c>-@key</c>.
/// <see cref="LocatorText"/> is the locator as the writer wrote it ("p. 3", "第 2 章"), printed after the
/// number where a style's citations show no locator (GB/T 7714 numeric), as Pandoc does: <c>[1, p. 3]</c>.
/// </summary>
public sealed record CitationItem(string Key, string Prefix = "", string Suffix = "", string Locator = "", string Label = "",
    bool SuppressAuthor = false, string LocatorText = "");
