using System.Text;
using System.Text.RegularExpressions;
using Blog.Content;
using Blog.Import.Markup;

namespace Blog.Import.Hugo;

/// <summary>
/// A Hugo site: every <c>content/**/*.md</c> but the <c>_index.md</c> list pages; a leaf bundle
/// (<c>x/index.md</c>) brings its files. An entry with a date is a post, one without a page. YAML, TOML
/// and JSON front matter (<see cref="HugoFrontMatter"/>); <c>draft</c>, <c>summary</c>, <c>slug</c>,
/// <c>aliases</c> and <c>url</c> kept; shortcodes by <see cref="HugoShortcodes"/>; math by MathJax's delimiters,
/// which are also the passthrough delimiters of Hugo's math guide. Old addresses by Hugo's default
/// (<c>/section/slug/</c>) or the site's <c>[permalinks]</c>.
/// </summary>
public sealed partial class HugoImporter : IBlogImporter
{
    private static readonly string[] Configs = ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json"];
    private static readonly HashSet<string> Dropped = ["title", "date", "lastmod", "publishDate", "tags", "categories", "draft", "summary", "description",
        "slug", "url", "aliases", "math", "katex", "mathjax", "toc", "layout", "type", "weight", "menu", "showToc", "TocOpen", "author"];

    public string Name => "hugo";

    public string? NotThisKind(string source) =>
        Directory.Exists(Path.Combine(source, "content")) && Configs.Any(c => File.Exists(Path.Combine(source, c))) ? null
            : "looked for a content/ folder and hugo.toml (or config.toml, .yaml, .json) beside it.";

    private sealed record Source(string Path, string Display, FrontMatter FrontMatter, string Body, ImportedEntry Entry, string Section);

    /// <summary>
    /// A name as Hugo writes it in a path (helpers.MakePath: UnicodeSanitize, then lower case unless
    /// <c>disablePathToLower</c>): letters, digits and marks of any script and <c>. _ - # + ~ %</c> kept, a space a '-',
    /// anything else (a fullwidth comma, brackets, a dash) dropped, and hyphens that meet collapsed into one. Source: Hugo's helpers/path.go.
    /// </summary>
    private static string PathSegment(string config, string name)
    {
        var kept = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            if (Rune.IsLetter(rune) || Rune.IsDigit(rune) || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark
                || rune.Value is '.' or '_' or '-' or '#' or '+' or '~' or '%' or '/')
                kept.Append(rune.ToString());
            else if (rune.Value == ' ') kept.Append('-');
        }
        var path = Regex.Replace(kept.ToString(), "-{2,}", "-");
        return Regex.IsMatch(config, @"(?i)disablePathToLower\s*[=:]\s*true") ? path : path.ToLowerInvariant();
    }

    /// <summary>The <c>mainSections</c> of the site's parameters (<c>mainSections = ["post"]</c> or YAML's list form), or null.</summary>
    private static List<string>? MainSections(string config)
    {
        var m = MainSectionsSetting().Match(config);
        return m.Success ? Regex.Matches(m.Groups[1].Value, @"[""']([^""']+)[""']|^\s*-\s*(\S+)", RegexOptions.Multiline)
            .Select(x => x.Groups[1].Success ? x.Groups[1].Value : x.Groups[2].Value).ToList() : null;
    }

    public void Import(ImportContext context)
    {
        var config = File.ReadAllText(Configs.Select(c => Path.Combine(context.Source, c)).First(File.Exists));
        var content = Path.Combine(context.Source, "content");
        var sources = new List<Source>();
        foreach (var file in SourceFiles.Markdown(content, ".md", ".markdown"))
        {
            if (Path.GetFileName(file).StartsWith("_index.")) continue;
            var display = context.Display(file);
            if (HugoFrontMatter.Read(display, File.ReadAllText(file), context.Report) is not var (fm, body)) continue;
            var relative = Path.GetRelativePath(content, file).Replace('\\', '/');
            var bundle = Path.GetFileNameWithoutExtension(file) == "index";
            var name = bundle ? Path.GetFileName(Path.GetDirectoryName(file))! : Path.GetFileNameWithoutExtension(file);
            // The page's path: a leaf bundle is its folder (content/about/index.md is the page "about" of the root section).
            var page = bundle ? Path.GetDirectoryName(relative)!.Replace('\\', '/') : relative;
            var section = page.Contains('/') ? page[..page.IndexOf('/')] : "";
            if (fm.GetString("layout") is { } layout && body.Trim().Length == 0)
            {
                context.Report.Add(context.Report.NotConverted, display, 0, $"a page of the theme's own (layout '{layout}', no text); this site makes its own pages.");
                continue;
            }
            var date = SourceFiles.Date(fm.GetString("date"), TimeZoneInfo.Utc);
            var slug = fm.GetString("slug") ?? name;
            var entry = new ImportedEntry
            {
                Kind = date is null ? EntryKind.Page : EntryKind.Post,
                SourceFile = display, Slug = slug, Title = fm.GetString("title") ?? name, Date = date,
                DateText = date is null ? null : fm.GetString("date"),
                Updated = SourceFiles.Date(fm.GetString("lastmod"), TimeZoneInfo.Utc),
                Draft = fm.GetString("draft") == "true",
                Tags = SourceFiles.Flatten(fm.Values.GetValueOrDefault("tags")).ToList(),
                Categories = SourceFiles.Flatten(fm.Values.GetValueOrDefault("categories")).ToList(),
                Summary = fm.GetString("summary") ?? fm.GetString("description"),
                Toc = fm.GetString("toc") == "true",
            };
            if (fm.GetString("author") is { } author) entry.Extra["author"] = author;
            foreach (var (key, value) in fm.Values)
                if (!Dropped.Contains(key) && value is string s) entry.Extra[key] = s;
            entry.OldPaths.Add(fm.GetString("url") ?? OldPath(config, section, slug, fm.GetString("title") ?? name, date, page));
            entry.OldPaths.AddRange(fm.GetList("aliases"));
            if (bundle)
                foreach (var resource in Directory.EnumerateFiles(Path.GetDirectoryName(file)!, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    if (!resource.EndsWith(".md") && !entry.Files.Any(f => f.SourcePath == resource))
                        entry.Files.Add(new BundleFile(resource, Path.GetRelativePath(Path.GetDirectoryName(file)!, resource).Replace('\\', '/')));
            sources.Add(new Source(file, display, fm, body, entry, section));
        }
        // Hugo's mainSections (params), else the section with the most dated pages: its dated pages are the blog's posts;
        // a dated page elsewhere (content/about/index.md) is a page, as Hugo's home page lists only the main sections.
        var main = MainSections(config) ?? sources.Where(s => s.Entry.Date is not null && s.Section.Length > 0).GroupBy(s => s.Section)
            .OrderByDescending(g => g.Count()).Take(1).Select(g => g.Key).ToList();
        foreach (var s in sources)
            if (main.Count > 0 && !main.Contains(s.Section, StringComparer.Ordinal)) s.Entry.Kind = EntryKind.Page;

        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // Hugo lower-cases paths unless disablePathToLower: old links may differ from the address in case only.
        var byOldPath = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in sources)
        {
            context.Writer.ReserveSlug(s.Entry);
            var target = context.Writer.PermalinkOf(s.Entry.Kind, s.Entry.Slug, s.Entry.Date);
            var relative = Path.GetRelativePath(content, s.Path).Replace('\\', '/');
            byName[relative] = byName["/" + relative] = target;
            byName.TryAdd(Path.GetFileName(relative), target);
            if (relative.EndsWith("/index.md")) byName.TryAdd(relative[..^"/index.md".Length], target);
            foreach (var old in s.Entry.OldPaths) byOldPath["/" + old.Trim('/') + "/"] = target;
        }
        string? Resolve(string name)
        {
            var n = name.Trim().TrimStart('/');
            return byName.TryGetValue(n, out var t) || byName.TryGetValue(n + ".md", out t) || byName.TryGetValue("/" + n, out t) ? t : null;
        }

        foreach (var s in sources)
        {
            var line = s.FrontMatter.BodyStartLine;
            var body = HugoShortcodes.Rewrite(s.Body, line, s.Display, context.Report, Resolve);
            (body, s.Entry.SourceFormulas) = MathRewriter.Rewrite(body, MathDialect.MathJax, line);
            body = PageLinks.Rewrite(body, url => byOldPath.TryGetValue("/" + url.Trim('/') + "/", out var t) && url.StartsWith('/') ? t : null, context.Report);
            var folder = Path.GetDirectoryName(s.Path)!;
            var bundleFiles = s.Entry.Files.Select(f => f.SourcePath).ToHashSet();
            // Files in static/ are served from the site root; a leaf bundle's own files are already listed.
            s.Entry.Body = LocalFiles.Collect(body, line, s.Entry, context.Report, url =>
                url.StartsWith('/') ? Path.Combine(context.Source, "static", url.TrimStart('/'))
                    : bundleFiles.Contains(Path.GetFullPath(Path.Combine(folder, url))) ? null : Path.GetFullPath(Path.Combine(folder, url)));
            context.Writer.Write(s.Entry);
        }
    }

    /// <summary>Hugo's address of a page: the site's <c>[permalinks]</c> pattern for its section, else <c>/section/slug/</c>.</summary>
    private static string OldPath(string config, string section, string slug, string title, DateTimeOffset? date, string relative)
    {
        var pattern = Regex.Match(config, @"(?m)^\s*" + Regex.Escape(section) + @"\s*[=:]\s*[""']([^""']+)[""']") is { Success: true } m
            && Regex.IsMatch(config, @"(?m)^\s*\[?permalinks\]?") ? m.Groups[1].Value : null;
        if (pattern is null) return "/" + (section.Length > 0 && relative.Contains('/') ? section + "/" : "") + PathSegment(config, slug) + "/";
        var d = date ?? DateTimeOffset.UnixEpoch;
        return "/" + Placeholder().Replace(pattern, p => p.Groups[1].Value switch
        {
            "year" => d.Year.ToString("0000"), "month" => d.Month.ToString("00"), "day" => d.Day.ToString("00"),
            "slug" => PathSegment(config, slug), "title" => Slugs.From(title), "filename" or "contentbasename" => PathSegment(config, slug), "section" => section,
            _ => p.Value,
        }).TrimStart('/');
    }

    [GeneratedRegex(@"(?i)""?mainSections""?\s*[=:]\s*(\[[^\]]*\]|(?:\s*\n\s*-\s*\S+)+)")]
    private static partial Regex MainSectionsSetting();
    [GeneratedRegex(@":(year|month|day|slug|title|filename|contentbasename|section)")]
    private static partial Regex Placeholder();
}
