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

    private sealed record Source(string Path, string Display, FrontMatter FrontMatter, string Body, ImportedEntry Entry);

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
            var section = relative.Contains('/') ? relative[..relative.IndexOf('/')] : "";
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
            entry.OldPaths.Add(fm.GetString("url") ?? OldPath(config, section, slug, fm.GetString("title") ?? name, date, relative));
            entry.OldPaths.AddRange(fm.GetList("aliases"));
            if (bundle)
                foreach (var resource in Directory.EnumerateFiles(Path.GetDirectoryName(file)!, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    if (!resource.EndsWith(".md") && !entry.Files.Any(f => f.SourcePath == resource))
                        entry.Files.Add(new BundleFile(resource, Path.GetRelativePath(Path.GetDirectoryName(file)!, resource).Replace('\\', '/')));
            sources.Add(new Source(file, display, fm, body, entry));
        }

        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var byOldPath = new Dictionary<string, string>(StringComparer.Ordinal);
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
        if (pattern is null) return "/" + (section.Length > 0 && relative.Contains('/') ? section + "/" : "") + slug + "/";
        var d = date ?? DateTimeOffset.UnixEpoch;
        return "/" + Placeholder().Replace(pattern, p => p.Groups[1].Value switch
        {
            "year" => d.Year.ToString("0000"), "month" => d.Month.ToString("00"), "day" => d.Day.ToString("00"),
            "slug" => slug, "title" => Slugs.From(title), "filename" or "contentbasename" => slug, "section" => section,
            _ => p.Value,
        }).TrimStart('/');
    }

    [GeneratedRegex(@":(year|month|day|slug|title|filename|contentbasename|section)")]
    private static partial Regex Placeholder();
}
