using System.Text.Json;
using System.Text.Json.Serialization;
using Blog.Markup.Citations;

namespace Blog.Typesetting.Citations;

// The JSON lines the citation worker (worker/cite.mjs) reads and writes; see the comment at its top.

public sealed record CiteWorkerConfig(string NodeModules);

/// <summary>One citation of a page for the worker: its items and whether the author is part of the sentence.</summary>
public sealed record CiteCluster(IReadOnlyList<CitationItem> Items, bool AuthorInText);

public sealed record CiteRequest(long Id, string Style, string StyleKey, string Locale, IReadOnlyDictionary<string, string> Locales,
    bool LinkCitations, IReadOnlyList<BibEntry> Entries, string Strings, IReadOnlyList<CiteCluster> Citations);

/// <summary>A bibliography entry formatted: the key and citeproc-js's <c>div.csl-entry</c>.</summary>
public sealed record FormattedEntry(string Id, string Html);

/// <summary>An entry the worker could not read, at its place in the bibliography file.</summary>
public sealed record EntryError(string File, int Line, int Column, string Message);

/// <summary>A page's citations formatted (HTML, in order) and its bibliography, in the style's order.</summary>
public sealed record FormattedCitations(IReadOnlyList<string> Citations, IReadOnlyList<FormattedEntry> Bibliography);

internal sealed record CiteResponse(long? Id, List<string>? Citations, List<FormattedEntry>? Bibliography, List<EntryError>? Errors,
    double Ms, string? Fatal, bool Ready, string? Version);

internal static class CiteJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
