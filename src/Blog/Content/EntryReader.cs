using Blog.Diagnostics;

namespace Blog.Content;

/// <summary>Turns a Markdown file's front matter into a checked <see cref="Entry"/>.</summary>
public static class EntryReader
{
    private static readonly HashSet<string> KnownKeys =
        ["title", "date", "updated", "author", "tags", "categories", "summary", "slug", "draft", "layout", "image", "comments", "search", "aliases"];

    public static Entry Read(string file, string relativePath, FrontMatter fm, EntryKind kind, SiteSettings settings)
    {
        var title = fm.GetString("title")?.Trim();
        if (string.IsNullOrEmpty(title))
            throw new DiagnosticException(Diagnostic.Error(file, fm.KeyLines.ContainsKey("title") ? fm.LineOf("title") : 1, 1,
                "This file has no title.", "Add a line 'title: …' to the front matter between the '---' lines."));

        var date = ReadDate(file, fm, "date", settings);
        if (kind == EntryKind.Post && date is null)
            throw new DiagnosticException(Diagnostic.Error(file, 1, 1, "This post has no date.",
                "Add a line 'date: 2019-11-13' to the front matter."));

        var slug = fm.GetString("slug")?.Trim() ?? Slugs.OfFile(relativePath);
        if (!Slugs.IsValid(slug))
            throw new DiagnosticException(Diagnostic.Error(file, fm.LineOf("slug"), 1, $"The slug '{slug}' is not usable in a URL.",
                $"Use lower-case letters, digits and '-', for example '{Slugs.From(slug)}'."));

        var draft = ReadBool(file, fm, "draft") ?? false;
        var image = fm.GetString("image")?.Trim() ?? "";
        if (!SocialImage.IsValid(image))
            throw new DiagnosticException(Diagnostic.Error(file, fm.LineOf("image"), 1,
                $"image '{image}' is neither a site path nor an http(s) URL.", SocialImage.Hint));

        var search = fm.GetString("search") switch
        {
            null or "true" or "yes" => true,
            "false" or "no" => false,
            var other => throw new DiagnosticException(Diagnostic.Error(file, fm.LineOf("search"), 1,
                $"search must be true or false, not '{other}'.", "Write 'search: false' to keep this page out of the site search.")),
        };

        var entry = new Entry
        {
            Kind = kind,
            SourceFile = file,
            Title = title,
            Date = date,
            Updated = ReadDate(file, fm, "updated", settings),
            Author = fm.GetString("author") ?? settings.Author,
            Tags = fm.GetList("tags"),
            Categories = fm.GetList("categories"),
            Summary = fm.GetString("summary") ?? "",
            Slug = slug,
            Draft = draft,
            Search = search,
            Layout = fm.GetString("layout") ?? (kind == EntryKind.Post ? "post" : "page"),
            Image = image,
            Comments = ReadBool(file, fm, "comments"),
            Aliases = ReadAliases(file, fm),
            BodyStartLine = fm.BodyStartLine,
            FrontMatterLines = fm.KeyLines,
            FrontMatterTextColumns = fm.TextColumns,
            Extra = fm.Values.Where(kv => !KnownKeys.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value),
        };
        var pattern = kind == EntryKind.Post ? settings.Permalink : "/{slug}/";
        entry = entry with { Permalink = Permalinks.Expand(pattern, entry) };
        if (entry.Destination.Split('/').FirstOrDefault(s => System.Text.Encoding.UTF8.GetByteCount(s) > Slugs.MaxSegmentBytes) is { } tooLong)
            throw new DiagnosticException(Diagnostic.Error(file, fm.KeyLines.ContainsKey("slug") ? fm.LineOf("slug") : 1, fm.KeyLines.ContainsKey("slug") ? fm.ValueColumnOf("slug") : 1,
                $"The page's file name '{tooLong[..Math.Min(40, tooLong.Length)]}…' is {System.Text.Encoding.UTF8.GetByteCount(tooLong)} bytes long; a file or folder name holds at most {Slugs.MaxSegmentBytes} bytes of UTF-8 (a Chinese character takes 3).",
                $"Write a shorter slug, for example 'slug: {Slugs.Shorten(entry.Slug)}'."));
        return entry;
    }

    /// <summary>Each alias must be a site path (<see cref="AliasPaths.Destination"/>); a bad one is an error at the <c>aliases</c> line.</summary>
    private static IReadOnlyList<string> ReadAliases(string file, FrontMatter fm)
    {
        var aliases = fm.GetList("aliases");
        foreach (var alias in aliases)
            if (AliasPaths.Destination(alias) is null)
                throw new DiagnosticException(Diagnostic.Error(file, fm.LineOf("aliases"), fm.ValueColumnOf("aliases"),
                    $"The alias '{alias}' is not a path on this site.",
                    "Write each old address as a site path starting with '/', such as /2015/05/31/old-name.html or /old/name/ (no '?', '#', '..' or host)."));
        return aliases;
    }

    private static bool? ReadBool(string file, FrontMatter fm, string key) => fm.GetString(key) switch
    {
        null => null,
        "false" or "no" => false,
        "true" or "yes" => true,
        var other => throw new DiagnosticException(Diagnostic.Error(file, fm.LineOf(key), 1,
            $"{key} must be true or false, not '{other}'.")),
    };

    /// <summary>A date by <see cref="FrontMatterDate"/>'s rules, shown in the site's zone; a bad one is an error at its value.</summary>
    private static DateTimeOffset? ReadDate(string file, FrontMatter fm, string key, SiteSettings settings)
    {
        var text = fm.GetString(key)?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        return FrontMatterDate.Parse(text, settings.Zone)
            ?? throw new DiagnosticException(Diagnostic.Error(file, fm.LineOf(key), fm.ValueColumnOf(key),
                $"'{text}' is not a date ({key}).", FrontMatterDate.Hint));
    }
}
