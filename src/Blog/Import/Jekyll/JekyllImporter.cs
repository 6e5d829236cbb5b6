using System.Text.RegularExpressions;
using Blog.Content;
using Blog.Import.Markup;
using YamlDotNet.RepresentationModel;

namespace Blog.Import.Jekyll;

/// <summary>
/// A Jekyll blog: <c>_posts/YYYY-MM-DD-slug.md</c> (date and slug from the name unless the front matter says
/// otherwise), <c>_drafts/</c> as drafts, Markdown pages at the top of the site. Liquid first
/// (<see cref="JekyllLiquid"/>), then kramdown's own syntax (<see cref="KramdownSyntax"/>), then kramdown's math
/// (<see cref="MathRewriter"/> with <see cref="MathDialect.Kramdown"/>; <c>$…$</c> too when the site's MathJax
/// or KaTeX configuration reads it), then the files each post uses. Old addresses come from
/// <c>_config.yml</c>'s <c>permalink</c> (or the post's own).
/// </summary>
public sealed partial class JekyllImporter : IBlogImporter
{
    private static readonly string[] Extensions = [".md", ".markdown", ".mkdown", ".mkd", ".mdown"];
    private static readonly HashSet<string> Dropped = ["layout", "permalink", "published", "excerpt_separator", "math", "mathjax", "usemathjax",
        "katex", "comments", "share", "title", "date", "tags", "tag", "categories", "category", "excerpt", "description", "slug", "last_modified_at", "toc"];

    public string Name => "jekyll";

    public string? NotThisKind(string source) =>
        Directory.Exists(Path.Combine(source, "_posts")) || File.Exists(Path.Combine(source, "_config.yml")) ? null
            : "looked for _config.yml and a _posts/ folder (a Jekyll site's root).";

    private sealed record Source(string Path, string Display, FrontMatter FrontMatter, string Body, ImportedEntry Entry, string Key);

    public void Import(ImportContext context)
    {
        var config = SourceFiles.ReadConfig(Path.Combine(context.Source, "_config.yml"));
        // The site's permalink, or the posts collection's (collections: posts: permalink: …).
        var permalink = SourceFiles.Scalar(config, "permalink")
            ?? SourceFiles.Scalar(Child(Child(config, "collections"), "posts"), "permalink");
        var zone = SourceFiles.Scalar(config, "timezone") is { } tz ? SiteTimeZone.TryParse(tz) : null;
        var excerptSeparator = SourceFiles.Scalar(config, "excerpt_separator");
        var dialect = MathDialect.KramdownWith(SingleDollarConfigured(context.Source));

        var sources = new List<Source>();
        foreach (var (folder, draft) in new[] { ("_posts", false), ("_drafts", true) })
            foreach (var file in SourceFiles.Markdown(Path.Combine(context.Source, folder), Extensions))
                if (ReadPost(context, file, draft, permalink, zone) is { } s) sources.Add(s);
        foreach (var file in Directory.EnumerateFiles(context.Source).Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal))
            if (ReadPage(context, file) is { } s) sources.Add(s);

        // Every new address is known before any body is converted, so post_url and old links resolve.
        var byKey = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var byOldPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in sources)
        {
            context.Writer.ReserveSlug(s.Entry);
            var target = context.Writer.PermalinkOf(s.Entry.Kind, s.Entry.Slug, s.Entry.Date);
            byKey[s.Key] = target;
            byKey[s.Display] = target;
            foreach (var old in s.Entry.OldPaths) byOldPath[old] = target;
        }
        var baseurl = "/" + (SourceFiles.Scalar(config, "baseurl") ?? "").Trim('/');
        string? OldToNew(string url)
        {
            var path = baseurl.Length > 1 && url.StartsWith(baseurl + "/") ? url[(baseurl.Length)..] : url;
            return byOldPath.TryGetValue(path, out var t) || byOldPath.TryGetValue(path.TrimEnd('/') + ".html", out t)
                || byOldPath.TryGetValue(path.TrimEnd('/') + "/", out t) ? t : null;
        }
        string? LocalFile(string url)
        {
            var path = baseurl.Length > 1 && url.StartsWith(baseurl + "/") ? url[baseurl.Length..] : url;
            return path.StartsWith('/') ? Path.Combine(context.Source, path.TrimStart('/')) : null;
        }

        foreach (var s in sources)
        {
            var line = s.FrontMatter.BodyStartLine;
            var body = JekyllLiquid.Rewrite(s.Body, line, s.Display, context.Report,
                name => byKey.TryGetValue(name, out var t) ? t : byKey.TryGetValue(Path.GetFileNameWithoutExtension(name), out t) ? t : null);
            if (excerptSeparator is { Length: > 0 } sep && sep != "<!--more-->") body = body.Replace(sep, "<!--more-->");
            body = KramdownSyntax.Rewrite(body, line, s.Entry, context.Report);
            (body, s.Entry.SourceFormulas) = MathRewriter.Rewrite(body, dialect, line);
            body = PageLinks.Rewrite(body, OldToNew, context.Report);
            var folder = Path.GetDirectoryName(s.Path)!;
            s.Entry.Body = LocalFiles.Collect(body, line, s.Entry, context.Report,
                url => LocalFile(url) ?? (url.Contains(':') ? null : Path.GetFullPath(Path.Combine(folder, url))));
            context.Writer.Write(s.Entry);
        }
    }

    private Source? ReadPost(ImportContext context, string file, bool draft, string? permalink, TimeZoneInfo? zone)
    {
        var display = context.Display(file);
        if (SourceFiles.ReadYaml(display, File.ReadAllText(file), context.Report) is not var (fm, body)) return null;
        var name = Path.GetFileNameWithoutExtension(file);
        var named = PostName().Match(name);
        var slug = fm.GetString("slug") ?? (named.Success ? named.Groups[2].Value : name);
        var date = SourceFiles.Date(fm.GetString("date"), zone ?? TimeZoneInfo.Utc)
            ?? (named.Success ? SourceFiles.Date(named.Groups[1].Value, zone ?? TimeZoneInfo.Utc) : null)
            ?? new DateTimeOffset(File.GetLastWriteTimeUtc(file), TimeSpan.Zero);
        if (fm.GetString("date") is { } written && SourceFiles.Date(written, TimeZoneInfo.Utc) is null)
            context.Report.Add(context.Report.Unreadable, display, fm.LineOf("date"), $"date '{written}' is not a date; the file name's date is used.");
        var categories = SourceFiles.Words(fm, "categories", "category");
        var entry = NewEntry(EntryKind.Post, display, fm, slug);
        entry.Date = date;
        entry.DateText = fm.GetString("date") is { } d && SourceFiles.Date(d, TimeZoneInfo.Utc) is not null ? d : null;
        entry.Draft = draft || fm.GetString("published") == "false" || fm.GetString("draft") == "true";
        entry.Tags = SourceFiles.Words(fm, "tags", "tag");
        entry.Categories = categories;
        var local = zone is null ? date : TimeZoneInfo.ConvertTime(date, zone);
        entry.OldPaths.Add(fm.GetString("permalink") ?? JekyllPermalink.Expand(permalink, local, slug, categories));
        return new Source(file, display, fm, body, entry, name);
    }

    private static Source? ReadPage(ImportContext context, string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        if (name.ToLowerInvariant() is "readme" or "index" or "404" or "license" or "changelog") return null;
        var text = File.ReadAllText(file);
        if (!text.StartsWith("---")) return null; // Jekyll copies files without front matter as they are
        var display = context.Display(file);
        if (SourceFiles.ReadYaml(display, text, context.Report) is not var (fm, body)) return null;
        var entry = NewEntry(EntryKind.Page, display, fm, fm.GetString("slug") ?? name);
        entry.OldPaths.Add(fm.GetString("permalink") ?? "/" + name + ".html");
        return new Source(file, display, fm, body, entry, name);
    }

    private static ImportedEntry NewEntry(EntryKind kind, string display, FrontMatter fm, string slug)
    {
        var entry = new ImportedEntry
        {
            Kind = kind, SourceFile = display, Slug = slug,
            Title = fm.GetString("title") ?? slug.Replace('-', ' '),
            Summary = fm.GetString("excerpt") ?? fm.GetString("description"),
            Toc = fm.GetString("toc") == "true",
        };
        foreach (var (key, value) in fm.Values)
            if (!Dropped.Contains(key) && value is not null) entry.Extra[key] = value;
        return entry;
    }

    /// <summary>
    /// Whether the site's MathJax or KaTeX configuration reads <c>$…$</c> as inline math (MathJax's
    /// <c>inlineMath: [['$','$']…]</c>, KaTeX auto-render's <c>{left: "$", right: "$"}</c>), in its
    /// layouts, includes or _config.yml. kramdown itself leaves a single dollar as text.
    /// </summary>
    private static bool SingleDollarConfigured(string source)
    {
        var files = new[] { "_includes", "_layouts" }.Select(f => Path.Combine(source, f)).Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Append(Path.Combine(source, "_config.yml")).Where(File.Exists);
        return files.Any(f => SingleDollar().IsMatch(File.ReadAllText(f)));
    }

    private static YamlMappingNode? Child(YamlMappingNode? map, string key) =>
        map is not null && map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v as YamlMappingNode : null;

    [GeneratedRegex(@"^(\d{4}-\d{1,2}-\d{1,2})-(.+)$")]
    private static partial Regex PostName();
    [GeneratedRegex(@"inlineMath[^\n]*\[\s*\[?\s*['""]\$['""]|left\s*:\s*['""]\$['""]\s*,\s*right\s*:\s*['""]\$['""]")]
    private static partial Regex SingleDollar();
}
