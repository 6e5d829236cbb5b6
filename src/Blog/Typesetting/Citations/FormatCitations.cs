using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Blog.Content;
using Blog.Diagnostics;
using Blog.Markup.Citations;
using Blog.Markup.Search;
using Blog.Pipelines;
using Document = Blog.Pipelines.Document;

namespace Blog.Typesetting.Citations;

/// <summary>
/// Replaces the citation placeholders of a page (<see cref="CitationHtml"/>) by the citations
/// formatted in the page's CSL style, and adds the bibliography: inside the element with id "refs"
/// (Pandoc's <c>::: {#refs}</c>) or at the end of the page, under the theme's title. The excerpt gets
/// the same formatted citations. Sources: <c>bibliography</c> in statiq.json plus the page's front
/// matter; <c>csl</c> and <c>link-citations</c> the same, the page's value winning.
/// Unknown bracketed keys are errors with the nearest keys as a hint; an unknown author-in-text
/// <c>@word</c> stays text with a warning, as in Pandoc.
/// </summary>
public sealed class FormatCitations(SiteSettings settings, string inputFolder, CitationFormatter formatter, Func<string> referencesTitle, ContainedPaths containment)
    : DocumentModule
{
    private const string Settings = "statiq.json";
    private readonly Bibliographies _files = new(inputFolder, containment);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _reported = new();
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    protected override async Task<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context)
    {
        // In the order a reader meets them: the title, the summary, the body (its notes at its end).
        var parts = PartKeys.ToDictionary(k => k, k => input.Get<string>(k) ?? "");
        if (!parts.Values.Any(html => html.Contains(CitationHtml.ItemsAttribute, StringComparison.Ordinal))) return [input];
        var entry = input.Require<Entry>(BlogKeys.Entry);
        var placeholders = parts.ToDictionary(p => p.Key, p => p.Value.Contains(CitationHtml.ItemsAttribute, StringComparison.Ordinal) ? Placeholders(p.Value) : []);
        // A citation written twice (a heading's, again in the contents) is one citation.
        var found = PartKeys.SelectMany(k => placeholders[k]).DistinctBy(p => (p.Line, p.Column)).ToList();
        if (found.Count == 0) return [input];

        var files = Sources(entry);
        var known = new Dictionary<string, BibEntry>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            // A broken .bib file is reported once, not once per page that cites from it.
            if (_reported.TryAdd(file.DisplayPath + "#" + file.Hash, true))
                foreach (var problem in file.Problems) context.Diagnostics.Add(problem);
            foreach (var (key, bib) in file.Entries) known.TryAdd(key, bib);
        }
        if (files.Any(f => f.Problems.Any(p => p.Severity == Severity.Error))) return [];

        // Which placeholders become citations: all keys known; an unknown author-in-text key is text.
        var cited = new List<Placeholder>();
        var failed = false;
        foreach (var p in found)
        {
            var unknown = p.Data.Items.Where(i => !known.ContainsKey(i.Key)).Select(i => i.Key).ToList();
            if (unknown.Count == 0)
            {
                cited.Add(p);
                continue;
            }
            if (p.Data.AuthorInText)
            {
                if (files.Count > 0)
                    context.Diagnostics.Add(Diagnostic.Warning(entry.SourceFile, p.Line, p.Column,
                        $"'@{unknown[0]}' is not a key of the bibliography, so it stays text.",
                        Nearest(unknown[0], known.Keys) is { Length: > 0 } near ? $"Did you mean {near}? Write \\@ for an @ that is not a citation." : "Write \\@ for an @ that is not a citation."));
                continue;
            }
            failed = true;
            context.Diagnostics.Add(Diagnostic.Error(entry.SourceFile, p.Line, p.Column,
                files.Count == 0 ? $"'[@{unknown[0]}]' cites a work, but the page has no bibliography."
                    : $"The citation key '{unknown[0]}' is not in the bibliography ({string.Join(", ", files.Select(f => f.DisplayPath))}).",
                files.Count == 0 ? "Add \"bibliography\": [\"references.bib\"] to statiq.json or bibliography: references.bib to the front matter (paths relative to input/)."
                    : Nearest(unknown[0], known.Keys) is { Length: > 0 } nearest ? $"Nearest keys: {nearest}." : "Add the entry to the .bib file."));
        }
        if (failed) return [];

        var formatted = cited.Count == 0 ? null : await Format(entry, cited, known, files, context);
        if (cited.Count > 0 && formatted is null) return [];

        var byPlace = new Dictionary<(int, int), string>();
        for (var i = 0; i < cited.Count; i++) byPlace[(cited[i].Line, cited[i].Column)] = Wrap(cited[i], CitationMarkup.Clean(formatted!.Citations[i]));
        var body = Replace(parts[BlogKeys.Html], placeholders[BlogKeys.Html], byPlace);
        if (formatted is not null) body = WithBibliography(body, formatted.Bibliography);
        var excerpt = input.Get<string>(BlogKeys.ExcerptHtml) ?? "";
        // The plain-text forms (<title>, meta, feed titles, search) hold a citation's source: its words go there.
        var words = cited.Select((c, i) => (c.Source, Words: Parser.ParseDocument(CitationMarkup.Clean(formatted!.Citations[i])).Body!.TextContent))
            // Longest first: "@b" must not be replaced inside "[@a; @b]".
            .DistinctBy(c => c.Source).OrderByDescending(c => c.Source.Length).ToList();
        string Worded(string key)
        {
            var text = input.Get<string>(key) ?? "";
            foreach (var (source, plain) in words) text = text.Replace(source, plain, StringComparison.Ordinal);
            return text;
        }
        return [input.With([
            new(BlogKeys.Html, body),
            new(CitationLinks.Key, CitationLinks.Of(cited.Select((c, i) => (formatted!.Citations[i], c.Line, c.Column)), formatted?.Bibliography ?? [])),
            new(BlogKeys.TitleHtml, Replace(parts[BlogKeys.TitleHtml], placeholders[BlogKeys.TitleHtml], byPlace)),
            new(BlogKeys.SummaryHtml, Replace(parts[BlogKeys.SummaryHtml], placeholders[BlogKeys.SummaryHtml], byPlace)),
            new(BlogKeys.ExcerptHtml, excerpt.Contains(CitationHtml.ItemsAttribute, StringComparison.Ordinal) ? Replace(excerpt, Placeholders(excerpt), byPlace) : excerpt),
            .. TextKeys.Select(k => new KeyValuePair<string, object?>(k, Worded(k))),
        ])];
    }

    private async Task<FormattedCitations?> Format(Entry entry, List<Placeholder> cited, Dictionary<string, BibEntry> known,
        IReadOnlyList<BibFile> files, PipelineContext context)
    {
        var cslSetting = entry.Extra.TryGetValue("csl", out var csl) && csl is not null ? csl.ToString()! : settings.Csl;
        var style = entry.Extra.ContainsKey("csl")
            ? CslStyles.Load(cslSetting, inputFolder, entry.SourceFile, entry.FrontMatterLine("csl"), containment)
            : CslStyles.Load(cslSetting, inputFolder, Settings, 0, containment);
        var link = entry.Extra.TryGetValue("link-citations", out var l) && l is not null ? l.ToString() is "true" or "True" or "yes" : settings.LinkCitations;
        var keys = cited.SelectMany(c => c.Data.Items).Select(i => i.Key).Distinct().ToList();
        var entries = keys.Select(k => known[k]).ToList();
        var usedFiles = entries.Select(e => e.File).ToHashSet();
        var request = new CiteRequest(0, style.Xml, style.Hash, CslStyles.LocaleFor(settings.Language), CslStyles.Locales, link, entries,
            string.Join('\n', files.Where(f => usedFiles.Contains(f.DisplayPath) && f.Strings.Length > 0).Select(f => f.Strings)),
            cited.Select(c => new CiteCluster(c.Data.Items, c.Data.AuthorInText)).ToList());
        try
        {
            var (result, errors) = await formatter.FormatAsync(request, context.CancellationToken);
            foreach (var error in errors)
                context.Diagnostics.Add(Diagnostic.Error(error.File, error.Line, error.Column, "This bibliography entry cannot be read: " + error.Message,
                    $"Cited from {entry.SourceFile}. Check the entry's syntax: fields are name = {{value}} or name = \"value\", separated by commas."));
            return result;
        }
        catch (CiteWorkerException e)
        {
            var log = string.Join("\n    ", e.Log.Split('\n').TakeLast(5));
            throw new DiagnosticException(Diagnostic.Error(entry.SourceFile, cited[0].Line, cited[0].Column, e.Message + " The page was not written.",
                e.NodeMissing ? "Install Node.js, or set \"math\": {\"node\": \"/path/to/node\"} in statiq.json."
                : log.Length > 0 ? "The worker said: " + log
                : "The worker printed nothing before it ended. Build again; if this page fails the same way, the entries it cites are the place to look."));
        }
    }

    /// <summary>The site's bibliography files, then the page's own (front matter <c>bibliography:</c>).</summary>
    private List<BibFile> Sources(Entry entry)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<BibFile>();
        foreach (var path in settings.Bibliography)
            if (seen.Add(Path.GetFullPath(Path.Combine(inputFolder, path)))) files.Add(_files.Load(path, Settings, 0));
        if (entry.Extra.TryGetValue("bibliography", out var value) && value is not null)
        {
            var paths = value is not string && value is IEnumerable<object?> list ? list.Select(x => x?.ToString() ?? "") : [value.ToString() ?? ""];
            foreach (var path in paths.Where(p => p.Length > 0))
                if (seen.Add(Path.GetFullPath(Path.Combine(inputFolder, path))))
                    files.Add(_files.Load(path, entry.SourceFile, entry.FrontMatterLine("bibliography")));
        }
        return files;
    }

    /// <summary>The parts of a page whose citations are formatted and listed, in the order a reader meets them.</summary>
    private static readonly string[] PartKeys = [BlogKeys.TitleHtml, BlogKeys.SummaryHtml, BlogKeys.Html];
    /// <summary>The plain-text forms, where a citation's source is replaced by its words.</summary>
    private static readonly string[] TextKeys = [BlogKeys.TitleText, BlogKeys.SummaryText, BlogKeys.Description, BlogKeys.PlainText];

    /// <param name="Source">The citation as written (the placeholder's text).</param>
    /// <param name="WordsOnly">A citation written again as a link's text (a contents entry): the citation at its place, without links.</param>
    private sealed record Placeholder(int Start, int End, CitationHtml.Data Data, int Line, int Column, string Keys, bool WordsOnly, string Source);

    /// <summary>The placeholders of an HTML fragment, in order, with their place in the string (found by an HTML parser).</summary>
    private static List<Placeholder> Placeholders(string html)
    {
        var document = Parser.ParseDocument(html);
        var result = new List<Placeholder>();
        foreach (var span in document.QuerySelectorAll($"span.{CitationHtml.Class}[{CitationHtml.ItemsAttribute}]"))
        {
            if (span.SourceReference is not { } source || CitationHtml.Deserialize(span.GetAttribute(CitationHtml.ItemsAttribute)!) is not { } data) continue;
            var start = source.Position.Index;
            // The placeholder holds only escaped text, so it ends at the first end tag.
            var end = html.IndexOf("</span>", start, StringComparison.Ordinal) + "</span>".Length;
            if (start < 0 || start >= html.Length || html[start] != '<' || end < start) continue;
            int.TryParse(span.GetAttribute(CitationHtml.LineAttribute), out var line);
            int.TryParse(span.GetAttribute(CitationHtml.ColumnAttribute), out var column);
            result.Add(new Placeholder(start, end, data, line, column, span.GetAttribute(CitationHtml.KeysAttribute) ?? "",
                span.HasAttribute(CitationHtml.WordsOnlyAttribute), span.TextContent));
        }
        return result;
    }

    /// <summary>Each placeholder by its formatted citation, or (not cited) by its source text.</summary>
    private static string Replace(string html, List<Placeholder> found, Dictionary<(int, int), string> byPlace)
    {
        var result = new System.Text.StringBuilder(html.Length);
        var at = 0;
        foreach (var p in found.OrderBy(p => p.Start))
        {
            result.Append(html, at, p.Start - at);
            if (byPlace.TryGetValue((p.Line, p.Column), out var formatted)) result.Append(p.WordsOnly ? WithoutLinks(formatted) : formatted);
            else
            {
                // Unwrap: keep the source text (already escaped inside the span).
                var open = html.IndexOf('>', p.Start) + 1;
                result.Append(html, open, p.End - "</span>".Length - open);
            }
            at = p.End;
        }
        return result.Append(html, at, html.Length - at).ToString();
    }

    private static string Wrap(Placeholder p, string formatted) =>
        $"<span class=\"{CitationHtml.Class}\" {CitationHtml.KeysAttribute}=\"{System.Net.WebUtility.HtmlEncode(p.Keys)}\">{formatted}</span>";

    /// <summary>A formatted citation with each link replaced by its content.</summary>
    private static string WithoutLinks(string html)
    {
        var document = Parser.ParseDocument("");
        var body = document.Body!;
        foreach (var node in Parser.ParseFragment(html, body).ToList()) body.AppendChild(node);
        foreach (var link in body.QuerySelectorAll("a").ToList()) link.Replace([.. link.ChildNodes]);
        return body.InnerHtml;
    }

    /// <summary>The bibliography in the element with id "refs", or in a section of its own at the end.</summary>
    private string WithBibliography(string html, IReadOnlyList<FormattedEntry> bibliography)
    {
        var title = System.Net.WebUtility.HtmlEncode(referencesTitle());
        var entries = string.Join("\n", bibliography.Select(EntryHtml));
        // The title ends with a space so the site search adds no "." after it (SentenceEnd).
        var list = $"<h2 class=\"references-title\">{title}{SentenceEnd.Space}</h2>\n<div class=\"csl-bib-body\" role=\"list\">\n{entries}\n</div>";
        var refs = Parser.ParseDocument(html).GetElementById("refs");
        if (refs?.SourceReference is { } source && html.IndexOf('>', source.Position.Index) is var open and > 0)
            return html[..(open + 1)] + "\n" + list + "\n" + html[(open + 1)..];
        return html + $"\n<section id=\"refs\" class=\"references\" role=\"doc-bibliography\">\n{list}\n</section>\n";
    }

    /// <summary>
    /// citeproc-js's <c>div.csl-entry</c> with the id citations link to (<c>ref-key</c>, as Pandoc),
    /// written anew by <see cref="CitationMarkup"/> so that no value from the bibliography adds markup.
    /// </summary>
    private static string EntryHtml(FormattedEntry entry)
    {
        var clean = CitationMarkup.Clean(entry.Html);
        var document = Parser.ParseDocument("");
        var fragment = Parser.ParseFragment(clean, document.Body!);
        if (fragment.OfType<IElement>().FirstOrDefault() is not { } div) return clean;
        div.Id = "ref-" + entry.Id;
        div.SetAttribute("role", "listitem");
        return div.OuterHtml;
    }

    /// <summary>The keys <see cref="Suggestions.Nearest"/> suggests for <paramref name="key"/>, quoted and comma-separated.</summary>
    internal static string Nearest(string key, IEnumerable<string> keys) =>
        string.Join(", ", Suggestions.Nearest(key, keys).Select(k => $"'{k}'"));
}
