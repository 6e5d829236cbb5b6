using System.Globalization;
using Blog.Import.Markup;
using System.Xml;
using Blog.Content;

namespace Blog.Import.WordPress;

/// <summary>
/// A WordPress export (WXR, Tools → Export): posts and pages with their categories, tags, dates (UTC from
/// <c>wp:post_date_gmt</c>) and status (anything but published becomes a draft; trash is skipped); the HTML
/// turned into Markdown where plain (<see cref="HtmlToMarkdown"/>); math shortcodes (<see cref="WordPressMath"/>);
/// attachments listed with their URLs (not downloaded: there is no network at import). The old address is
/// the path of the item's <c>&lt;link&gt;</c>. Scripts are kept as written and never run.
/// </summary>
public sealed class WordPressImporter : IBlogImporter
{
    public string Name => "wordpress";

    /// <summary>The reader of the last import, for tests that count its work.</summary>
    public WxrReader? LastReader { get; private set; }

    public string? NotThisKind(string source)
    {
        if (!File.Exists(source)) return "looked for a WXR file (the .xml of Tools → Export); this is a folder.";
        using var stream = File.OpenRead(source);
        var head = new byte[4096];
        var text = System.Text.Encoding.UTF8.GetString(head, 0, stream.Read(head));
        return text.Contains("<rss") && text.Contains("wordpress.org/export") ? null
            : "looked for an RSS file with WordPress's export namespace (http://wordpress.org/export/1.2/).";
    }

    public void Import(ImportContext context)
    {
        var file = Path.GetFileName(context.Source);
        var reader = LastReader = new WxrReader(context.Source);
        var items = new List<(WxrItem Item, ImportedEntry Entry)>();
        try
        {
            foreach (var item in reader.Items())
            {
                var type = item.Wp("post_type");
                if (type == "attachment") { lock (context.Report) context.Report.Attachments.Add(item.Wp("attachment_url")); continue; }
                if (type is not ("post" or "page") || item.Wp("status") is "trash" or "auto-draft" or "inherit") continue;
                items.Add((item, Read(item, file, type == "post" ? EntryKind.Post : EntryKind.Page, context)));
            }
        }
        catch (XmlException e)
        {
            context.Report.Add(context.Report.Unreadable, file, e.LineNumber, "the export cannot be read: " + e.Message.Split(" Line ")[0] + " Items before this line were imported.");
        }
        foreach (var (_, entry) in items) context.Writer.ReserveSlug(entry);
        // Posts link to each other by their full old URLs (https://blog.example/2014/01/02/x/): those on the blog's own
        // hosts (the items' <link>s) become the new addresses.
        var hosts = items.Select(i => Uri.TryCreate(i.Item.Child("link"), UriKind.Absolute, out var u) ? u.Host : null).OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var byOldPath = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, entry) in items)
            foreach (var old in entry.OldPaths) byOldPath.TryAdd("/" + old.Trim('/') + "/", context.Writer.PermalinkOf(entry.Kind, entry.Slug, entry.Date));
        string? NewPath(string url) =>
            Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" && hosts.Contains(u.Host) && u.Query.Length == 0
            && byOldPath.TryGetValue("/" + Uri.UnescapeDataString(u.AbsolutePath).Trim('/') + "/", out var target) ? target : null;
        foreach (var (_, entry) in items)
        {
            entry.Body = PageLinks.Rewrite(entry.Body, NewPath, context.Report);
            context.Writer.Write(entry);
        }
    }

    private static ImportedEntry Read(WxrItem item, string file, EntryKind kind, ImportContext context)
    {
        var title = item.Child("title");
        var name = Uri.UnescapeDataString(item.Wp("post_name"));
        var gmt = item.Wp("post_date_gmt");
        var date = gmt.Length > 0 && !gmt.StartsWith("0000")
            ? DateTimeOffset.ParseExact(gmt, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : SourceFiles.Date(item.Wp("post_date"), TimeZoneInfo.Utc);
        var entry = new ImportedEntry
        {
            Kind = kind, SourceFile = $"{file} (item '{(name.Length > 0 ? name : item.Wp("post_id"))}', line {item.Line})",
            Slug = name.Length > 0 ? name : title.Length > 0 ? Slugs.From(title) : "post-" + item.Wp("post_id"),
            Title = title.Length > 0 ? title : "(untitled " + item.Wp("post_id") + ")",
            Date = date, Draft = item.Wp("status") != "publish",
            Tags = Terms(item, "post_tag"), Categories = Terms(item, "category"),
        };
        if (item.Element.Elements().FirstOrDefault(e => e.Name.LocalName == "creator")?.Value is { Length: > 0 } author) entry.Extra["author"] = author;
        var excerpt = item.Element.Element(WxrItem.Excerpt + "encoded")?.Value;
        if (!string.IsNullOrWhiteSpace(excerpt)) entry.Summary = excerpt.Trim();
        if (Uri.TryCreate(item.Child("link"), UriKind.Absolute, out var link) && link.AbsolutePath.Length > 1)
            entry.OldPaths.Add(Uri.UnescapeDataString(link.AbsolutePath) + (link.Query.Length > 0 ? link.Query : ""));
        var content = item.Element.Element(WxrItem.Content + "encoded")?.Value ?? "";
        var formulas = new List<SourceFormula>();
        entry.Body = new HtmlToMarkdown(formulas, item.Line).Convert(WordPressMath.Shortcodes(content.ReplaceLineEndings("\n")));
        entry.SourceFormulas = formulas;
        return entry;
    }

    private static List<string> Terms(WxrItem item, string domain) =>
        item.Element.Elements("category").Where(c => (string?)c.Attribute("domain") == domain).Select(c => c.Value.Trim()).Where(v => v.Length > 0).Distinct().ToList();
}
