using System.Globalization;
using System.Text.RegularExpressions;
using Blog.Content;
using Blog.Import.Markup;

namespace Blog.Import.Hexo;

/// <summary>
/// A Hexo blog: <c>source/_posts/**.md</c> (posts; with <c>post_asset_folder</c>, the folder of the same name holds
/// their files), <c>source/_drafts/</c> (drafts). Front matter may omit the opening <c>---</c>, as Hexo allows;
/// nested categories are flattened. Math is read as the site's renderer reads it: hexo-renderer-pandoc by
/// Pandoc's rules (this site's own), kramed, markdown-it and marked with MathJax by MathJax's delimiters.
/// Old addresses by <c>_config.yml</c>'s <c>permalink</c> (default <c>:year/:month/:day/:title/</c>).
/// </summary>
public sealed partial class HexoImporter : IBlogImporter
{
    private static readonly HashSet<string> Dropped = ["title", "date", "updated", "tags", "categories", "permalink", "excerpt", "description",
        "mathjax", "math", "katex", "layout", "comments", "toc", "top", "sticky", "published", "draft"];

    public string Name => "hexo";

    public string? NotThisKind(string source) =>
        Directory.Exists(Path.Combine(source, "source", "_posts")) && File.Exists(Path.Combine(source, "_config.yml")) ? null
            : "looked for _config.yml and a source/_posts/ folder (a Hexo site's root).";

    private sealed record Source(string Path, string Display, FrontMatter FrontMatter, string Body, ImportedEntry Entry, string Key);

    public void Import(ImportContext context)
    {
        var config = SourceFiles.ReadConfig(Path.Combine(context.Source, "_config.yml"));
        var permalink = SourceFiles.Scalar(config, "permalink") ?? ":year/:month/:day/:title/";
        var zone = SourceFiles.Scalar(config, "timezone") is { } tz ? SiteTimeZone.TryParse(tz) : null;
        var assetFolders = SourceFiles.Scalar(config, "post_asset_folder") == "true";
        var packageJson = Path.Combine(context.Source, "package.json");
        var pandoc = File.Exists(packageJson) && File.ReadAllText(packageJson).Contains("hexo-renderer-pandoc");

        var sources = new List<Source>();
        foreach (var (folder, draft) in new[] { ("_posts", false), ("_drafts", true) })
        {
            var root = Path.Combine(context.Source, "source", folder);
            foreach (var file in SourceFiles.Markdown(root, ".md", ".markdown"))
            {
                var display = context.Display(file);
                var text = File.ReadAllText(file).ReplaceLineEndings("\n").TrimStart('\uFEFF');
                // Hexo allows front matter without the opening '---'.
                if (!text.StartsWith("---") && Regex.IsMatch(text, @"^\w[\w-]*:.*\n(?:.*\n)*?---\s*\n")) text = "---\n" + text;
                if (SourceFiles.ReadYaml(display, text, context.Report) is not var (fm, body)) continue;
                var key = Path.GetRelativePath(root, file).Replace('\\', '/');
                key = key[..^Path.GetExtension(key).Length];
                var name = Path.GetFileName(key);
                var date = SourceFiles.Date(fm.GetString("date"), zone ?? TimeZoneInfo.Utc) ?? new DateTimeOffset(File.GetLastWriteTimeUtc(file), TimeSpan.Zero);
                var entry = new ImportedEntry
                {
                    Kind = EntryKind.Post, SourceFile = display, Slug = fm.GetString("slug") ?? name,
                    Title = fm.GetString("title") ?? name, Date = date,
                    DateText = SourceFiles.Date(fm.GetString("date"), TimeZoneInfo.Utc) is null ? null : fm.GetString("date"),
                    Updated = SourceFiles.Date(fm.GetString("updated"), zone ?? TimeZoneInfo.Utc),
                    Draft = draft || fm.GetString("published") == "false",
                    Tags = SourceFiles.Flatten(fm.Values.GetValueOrDefault("tags")).Distinct().ToList(),
                    Categories = SourceFiles.Flatten(fm.Values.GetValueOrDefault("categories")).Distinct().ToList(),
                    Summary = fm.GetString("excerpt") ?? fm.GetString("description"),
                    Toc = fm.GetString("toc") == "true",
                };
                foreach (var (k, value) in fm.Values)
                    if (!Dropped.Contains(k) && value is string s) entry.Extra[k] = s;
                var local = zone is null ? date : TimeZoneInfo.ConvertTime(date, zone);
                entry.OldPaths.Add(fm.GetString("permalink") ?? OldPath(permalink, local, key, name, entry.Categories));
                sources.Add(new Source(file, display, fm, body, entry, key));
            }
        }

        var byName = new Dictionary<string, (string, string)>(StringComparer.OrdinalIgnoreCase);
        var byOldPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in sources)
        {
            context.Writer.ReserveSlug(s.Entry);
            var target = context.Writer.PermalinkOf(s.Entry.Kind, s.Entry.Slug, s.Entry.Date);
            byName[s.Key] = (s.Entry.Title, target);
            byName.TryAdd(Path.GetFileName(s.Key), (s.Entry.Title, target));
            foreach (var old in s.Entry.OldPaths) byOldPath["/" + old.Trim('/')] = target;
        }

        foreach (var s in sources)
        {
            var line = s.FrontMatter.BodyStartLine;
            var body = HexoTags.Rewrite(s.Body, line, s.Display, context.Report, n => byName.TryGetValue(n, out var t) ? t : null);
            body = Regex.Replace(body, @"<!--\s*more\s*-->", "<!--more-->");
            if (pandoc)
            {
                // Pandoc's rules are this site's: the formulas are read, not rewritten.
                s.Entry.SourceFormulas = FormulaCheck.Ours(body).Select(t => new SourceFormula(t, line, false)).ToList();
            }
            else (body, s.Entry.SourceFormulas) = MathRewriter.Rewrite(body, MathDialect.MathJax, line);
            body = PageLinks.Rewrite(body, url => byOldPath.TryGetValue("/" + url.Trim('/'), out var t) && url.StartsWith('/') ? t : null, context.Report);
            var assets = assetFolders ? Path.Combine(Path.GetDirectoryName(s.Path)!, Path.GetFileNameWithoutExtension(s.Path)) : null;
            // A relative link names a file of the post's asset folder (asset_img's form) or, as Markdown
            // written for the asset folder usually does, a path from the post's own folder (name/file.png).
            s.Entry.Body = LocalFiles.Collect(body, line, s.Entry, context.Report, url =>
            {
                if (url.StartsWith('/')) return Path.Combine(context.Source, "source", url.TrimStart('/'));
                var besidePost = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(s.Path)!, url));
                var inAssets = assets is null ? null : Path.GetFullPath(Path.Combine(assets, url));
                return inAssets is not null && File.Exists(inAssets) ? inAssets : besidePost;
            });
            context.Writer.Write(s.Entry);
        }
    }

    /// <summary>Hexo's permalink placeholders: <c>:year :month :day :i_month :i_day :hour :minute :second :title :name :category</c>.</summary>
    private static string OldPath(string pattern, DateTimeOffset date, string key, string name, IReadOnlyList<string> categories)
    {
        var path = Placeholder().Replace(pattern, m => m.Groups[1].Value switch
        {
            "year" => date.Year.ToString("0000", CultureInfo.InvariantCulture),
            "month" => date.Month.ToString("00", CultureInfo.InvariantCulture),
            "i_month" => date.Month.ToString(CultureInfo.InvariantCulture),
            "day" => date.Day.ToString("00", CultureInfo.InvariantCulture),
            "i_day" => date.Day.ToString(CultureInfo.InvariantCulture),
            "hour" => date.Hour.ToString("00", CultureInfo.InvariantCulture),
            "minute" => date.Minute.ToString("00", CultureInfo.InvariantCulture),
            "second" => date.Second.ToString("00", CultureInfo.InvariantCulture),
            "title" => key,
            "name" => name,
            "category" => categories.Count > 0 ? string.Join('/', categories.Select(c => c.ToLowerInvariant().Replace(' ', '-'))) : "uncategorized",
            _ => m.Value,
        });
        return "/" + path.TrimStart('/');
    }

    [GeneratedRegex(@":(year|month|i_month|day|i_day|hour|minute|second|title|name|category)")]
    private static partial Regex Placeholder();
}
