using Blog.Content;

namespace Blog.Import;

/// <summary>
/// Writes imported entries into the site's <c>input/</c>: a post with files as a page bundle
/// (<c>posts/&lt;slug&gt;/index.md</c> with its files beside it), one without as <c>posts/&lt;slug&gt;.md</c>;
/// pages likewise under <c>pages/</c>. An existing file with other content is kept unless
/// <see cref="Force"/>; the same content is left alone, so importing twice gives the same files.
/// Old paths the site's permalink does not reproduce become <c>aliases</c>; formulas are compared
/// (<see cref="FormulaCheck"/>) and TeX MathJax 4 rejects is reported (<see cref="TexCompatibility"/>).
/// </summary>
public sealed class ImportWriter(string siteRoot, string inputFolder, SiteSettings settings, bool force, ImportReport report, string? sourceRoot = null)
{
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);
    // The next number to try per slug, so that n entries with one slug cost n tries, not n²/2.
    private readonly Dictionary<string, int> _next = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Slugs tried by <see cref="ReserveSlug"/> so far: at most two per entry (a measure of linear work, for tests).</summary>
    public long SlugTries { get; private set; }

    public bool Force => force;

    /// <summary>The site path this site will give an entry (its permalink), from the site's <c>permalink</c> and time zone.</summary>
    public string PermalinkOf(EntryKind kind, string slug, DateTimeOffset? date)
    {
        var entry = new Entry
        {
            Kind = kind, SourceFile = "", Title = "", Slug = slug,
            Date = date is { } d ? SiteTimeZone.ToZone(d, settings.Zone) : null,
        };
        return Permalinks.Expand(kind == EntryKind.Post ? settings.Permalink : "/{slug}/", entry);
    }

    /// <summary>Gives <paramref name="entry"/> a slug no earlier entry of its kind has (adding -2, -3…), reporting a change.</summary>
    public void ReserveSlug(ImportedEntry entry)
    {
        var slug = Slugs.IsValid(entry.Slug) ? entry.Slug : Slugs.From(entry.Slug);
        var key = entry.Kind + "/" + slug;
        var unique = slug;
        SlugTries++;
        if (!_used.Add(key))
        {
            var n = _next.GetValueOrDefault(key, 2);
            while (true)
            {
                SlugTries++;
                if (_used.Add(entry.Kind + "/" + $"{slug}-{n}")) break;
                n++;
            }
            unique = $"{slug}-{n}";
            _next[key] = n + 1;
        }
        if (unique != entry.Slug)
            report.Add(report.NotConverted, entry.SourceFile, 0, $"slug '{entry.Slug}' is written as '{unique}' (unique and usable in a URL).");
        entry.Slug = unique;
    }

    private readonly List<ImportedEntry> _pending = [];

    /// <summary>Takes an entry to write; the files are written by <see cref="Finish"/>, once every entry's address and headings are known.</summary>
    public void Write(ImportedEntry entry)
    {
        lock (_pending) _pending.Add(entry);
    }

    /// <summary>
    /// Runs <paramref name="beforeWriting"/> on every entry taken, knowing each one's address and this site's own pages
    /// (the links broken in the source, <c>Markup.BrokenLinks.Mark</c>, which the caller passes: the shared Markup parts
    /// depend on this folder, not the other way), then writes them all.
    /// </summary>
    public void Finish(Action<IReadOnlyList<ImportedEntry>, Func<ImportedEntry, string>, IEnumerable<string>, ImportReport> beforeWriting)
    {
        beforeWriting(_pending, e => PermalinkOf(e.Kind, e.Slug, e.Date), OwnPages(), report);
        var claimed = new Dictionary<string, ImportedEntry?>(StringComparer.OrdinalIgnoreCase);
        foreach (var page in SitePages) claimed[page] = null;
        foreach (var entry in _pending) claimed.TryAdd(AliasPaths.Destination(PermalinkOf(entry.Kind, entry.Slug, entry.Date))!, entry);
        // An entry's own old address (its URL on the old site) comes before any other entry's extra aliases.
        foreach (var entry in _pending)
            if (entry.OldPaths.Count > 0 && AliasPaths.Destination("/" + entry.OldPaths[0].TrimStart('/')) is { } first) claimed.TryAdd(first, entry);
        foreach (var entry in _pending) WriteEntry(entry, AliasesOf(entry, claimed));
        _pending.Clear();
    }

    /// <summary>
    /// Site paths of this site's own pages: home, archive, search, tags (and every tag's page, "/tags/*/"), the home
    /// page's later pages, and the pages already in input/pages/ (at /slug/ by the file's name).
    /// </summary>
    private IEnumerable<string> OwnPages()
    {
        string[] generated = ["/", "/archives/", "/search/", "/tags/", "/tags/*/", "/page/*/"];
        var pages = Path.Combine(inputFolder, "pages");
        var existing = Directory.Exists(pages)
            ? Directory.EnumerateFiles(pages, "*.md", SearchOption.AllDirectories).Select(f => Path.GetFileName(f) == "index.md" ? Path.GetFileName(Path.GetDirectoryName(f)!) : Path.GetFileNameWithoutExtension(f))
            : [];
        return generated.Concat(existing.Select(slug => "/" + slug + "/"));
    }

    /// <summary>Files this site writes itself (home, archive, tags, search, 404, feed, sitemap), which no alias may take.</summary>
    private static readonly string[] SitePages = ["index.html", "404.html", "archives/index.html", "tags/index.html", "search/index.html", "atom.xml", "sitemap.xml", "robots.txt"];

    /// <summary>
    /// The old paths the entry keeps as aliases: one per redirect page (<c>/x/</c>, <c>/x</c> and <c>/x/index.html</c> are one),
    /// none where the new permalink is the same path, and none that another entry's page, old address or earlier alias, or one
    /// of this site's own pages, takes (reported: the build would stop on two pages claiming one path).
    /// </summary>
    private List<string> AliasesOf(ImportedEntry entry, Dictionary<string, ImportedEntry?> claimed)
    {
        var own = AliasPaths.Destination(PermalinkOf(entry.Kind, entry.Slug, entry.Date));
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var aliases = new List<string>();
        foreach (var old in entry.OldPaths.Select(p => "/" + p.TrimStart('/')))
        {
            if (AliasPaths.Destination(old) is not { } destination)
            {
                report.Add(report.NotConverted, entry.SourceFile, 0, $"the old address '{old}' cannot be a static redirect page (query or fragment); it is not kept.");
                continue;
            }
            if (string.Equals(destination, own, StringComparison.OrdinalIgnoreCase) || !seen.Add(destination)) continue;
            if (!claimed.TryAdd(destination, entry) && !ReferenceEquals(claimed[destination], entry))
            {
                report.Add(report.NotConverted, entry.SourceFile, 0, $"the old address '{old}' is taken by another page of this site; it is not kept.");
                continue;
            }
            aliases.Add(old);
        }
        return aliases;
    }

    private void WriteEntry(ImportedEntry entry, List<string> aliases)
    {
        var folder = Path.Combine(inputFolder, entry.Kind == EntryKind.Post ? "posts" : "pages");
        var permalink = PermalinkOf(entry.Kind, entry.Slug, entry.Date);
        SiteFields.Check(entry, sourceRoot, permalink, report);
        var bundle = entry.Files.Count > 0;
        var path = bundle ? Path.Combine(folder, entry.Slug, "index.md") : Path.Combine(folder, entry.Slug + ".md");
        report.Aliases += aliases.Count;
        var body = entry.Body.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
        var written = Display(path);
        var imported = FormulaCheck.Compare(entry, written, report);
        lock (report) report.Formulas.Add(new ImportReport.FormulaCount(entry.SourceFile, written, entry.SourceFormulas.Count, imported));
        foreach (var formula in entry.SourceFormulas)
            if (TexCompatibility.Fix(formula.Tex) is { } fixedTex)
                report.Add(report.TexFixes, entry.SourceFile, formula.Line, $"`{Flat(formula.Tex)}`: write `{Flat(fixedTex)}` (escape _ and & inside \\text{{}}).");
        WriteText(path, FrontMatterWriter.Write(entry, aliases) + "\n" + body);
        foreach (var file in entry.Files)
        {
            CopyFile(file.SourcePath, Path.Combine(Path.GetDirectoryName(path)!, file.Name));
            report.Files++;
        }
        if (entry.Kind == EntryKind.Post) report.Posts++; else report.Pages++;
    }

    /// <summary>Writes a text file unless a different one is there (kept unless --force).</summary>
    public void WriteText(string path, string content)
    {
        if (File.Exists(path) && File.ReadAllText(path) == content) { report.Unchanged.Add(Display(path)); return; }
        if (File.Exists(path) && !force) { report.Add(report.Kept, Display(path), 0, "exists with other content; kept."); return; }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        report.Written.Add(Display(path));
    }

    private void CopyFile(string from, string to)
    {
        if (File.Exists(to) && File.ReadAllBytes(to).AsSpan().SequenceEqual(File.ReadAllBytes(from))) { report.Unchanged.Add(Display(to)); return; }
        if (File.Exists(to) && !force) { report.Add(report.Kept, Display(to), 0, "exists with other content; kept."); return; }
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to, overwrite: true);
        report.Written.Add(Display(to));
    }

    private string Display(string path) => Path.GetRelativePath(siteRoot, path).Replace('\\', '/');

    private static string Flat(string tex) => string.Join(' ', tex.Split('\n', StringSplitOptions.TrimEntries)).Trim();
}
