using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;
using Blog.Diagnostics;

namespace Blog.Configuration;

/// <summary>The settings of <c>statiq.json</c>. Every property has a default, so an empty file is a valid site.</summary>
public sealed record SiteSettings
{
    /// <summary>The site's name; empty (not set) for the string table's <c>site.default_title</c>, filled in when the build loads the table.</summary>
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public string Author { get; init; } = "";
    /// <summary>Absolute URL the site is served from, ending in '/'; its path becomes the prefix of every link.</summary>
    public string BaseUrl { get; init; } = "http://localhost:5080/";
    public string Language { get; init; } = "zh-CN";
    /// <summary>Pattern with {year} {month} {day} {slug}; ends in '/' for pretty URLs.</summary>
    public string Permalink { get; init; } = "/{year}/{month}/{slug}/";
    /// <summary>
    /// The zone every date is read (when written without an offset) and shown in: a UTC offset such
    /// as "+08:00", or an IANA name such as "Asia/Shanghai" (see <see cref="SiteTimeZone"/>).
    /// </summary>
    public string TimeZone { get; init; } = "+08:00";
    [Range(1, int.MaxValue)] public int PostsPerPage { get; init; } = 10;
    [Range(0, int.MaxValue)] public int FeedSize { get; init; } = 20;
    /// <summary>Custom domain written to <c>CNAME</c> on deploy; empty for none.</summary>
    public string Cname { get; init; } = "";
    public MathSettings Math { get; init; } = new();
    /// <summary>Bibliography files (BibTeX/BibLaTeX .bib or CSL-JSON .json) relative to input/, for every post; front matter adds to them.</summary>
    public List<string> Bibliography { get; init; } = [];
    /// <summary>CSL style of citations: a shipped style's name (GB/T 7714-2015 numeric by default, apa, ieee) or a .csl file relative to input/.</summary>
    public string Csl { get; init; } = "china-national-standard-gb-t-7714-2015-numeric";
    /// <summary>Pandoc's link-citations: each citation links to its bibliography entry.</summary>
    [JsonPropertyName("link-citations")] public bool LinkCitations { get; init; } = true;
    public ComputeSettings Compute { get; init; } = new();
    /// <summary>```tikz diagrams drawn at build time (README "Diagrams").</summary>
    public TikzSettings Tikz { get; init; } = new();
    /// <summary>Guards against runaway input (template loops, YAML aliases); see README "Limits and safety".</summary>
    public LimitSettings Limits { get; init; } = new();
    /// <summary>Read files that symbolic links lead to outside the site folder (with a warning) instead of failing the build.</summary>
    public bool AllowSymlinksOutside { get; init; }
    /// <summary>Numbering of theorems and sections, the table of contents.</summary>
    public CrossrefSettings Crossref { get; init; } = new();
    /// <summary>Social-card image of pages whose front matter names none (see <see cref="SocialImage"/>); empty for none.</summary>
    public string Image { get; init; } = "";
    /// <summary>Comments under posts; null (the default): none, and nothing is loaded for them.</summary>
    public CommentSettings? Comments { get; init; }
    /// <summary>The Pagefind search index and search box (README "Search"); <c>"search": false</c> turns both off.</summary>
    public SearchSettings Search { get; init; } = new();

    /// <summary>The zone of <see cref="TimeZone"/> (validated on load; UTC if it does not parse).</summary>
    [JsonIgnore] public TimeZoneInfo Zone => SiteTimeZone.TryParse(TimeZone) ?? TimeZoneInfo.Utc;

    [JsonIgnore] public string BasePath => new Uri(BaseUrl).AbsolutePath is var p && p.EndsWith('/') ? p : p + "/";

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Reads <paramref name="path"/>; a missing file gives the defaults, a broken one a diagnostic with line and column.</summary>
    public static SiteSettings Load(string path, string displayPath)
    {
        if (!File.Exists(path)) return new SiteSettings();
        SiteSettings? settings;
        var text = File.ReadAllText(path);
        try
        {
            settings = JsonSerializer.Deserialize<SiteSettings>(text, Json);
        }
        catch (JsonException e)
        {
            // The value the error is about when it has a path ("$.math.render"), else where the reader stopped.
            var (line, column) = e.Path is { Length: > 2 } p ? JsonPlaces.Find(text, p[2..]) : (0, 0);
            if (line == 0) (line, column) = ((int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            // Messages of the keyword converters do not know their setting: name it from the path.
            var setting = e.Path is { Length: > 2 } named && !e.Message.Contains(named[2..])
                ? named[2..] + (e.Message.StartsWith('\'') ? " " : ": ") : "";
            throw new DiagnosticException(Diagnostic.Error(displayPath, line, column, "statiq.json is not valid: " + setting + FirstSentence(e.Message),
                "Check the JSON syntax and the setting names listed in README.md."));
        }
        settings ??= new SiteSettings();
        settings.Validate(displayPath, setting => JsonPlaces.Find(text, setting));
        return settings;
    }

    /// <summary>The placeholders a permalink pattern may use (see Content's Permalinks).</summary>
    public static readonly IReadOnlyList<string> PermalinkPlaceholders = ["year", "month", "day", "slug", "kind"];

    private void Validate(string file, Func<string, (int Line, int Column)> place)
    {
        DiagnosticException Error(string setting, string message, string? hint = null)
        {
            var (line, column) = place(setting);
            return new DiagnosticException(Diagnostic.Error(file, line, column, message, hint));
        }
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
            throw Error("baseUrl", $"baseUrl '{BaseUrl}' is not an absolute http(s) URL.", "Write it like \"https://user.github.io/repo/\".");
        if (SiteTimeZone.TryParse(TimeZone) is null)
            throw Error("timeZone", $"timeZone '{TimeZone}' is neither a UTC offset nor a known IANA time zone.",
                "Write an offset like \"+08:00\" or \"-05:00\", or a zone name like \"Asia/Shanghai\" or \"America/New_York\".");
        SettingRanges.Check(this, file, place);
        Comments?.Validate(file);
        if (!SocialImage.IsValid(Image))
            throw Error("image", $"image '{Image}' is neither a site path nor an http(s) URL.", SocialImage.Hint);
        Search.Validate(file);
        if (!Permalink.Contains("{slug}"))
            throw Error("permalink", $"permalink '{Permalink}' has no {{slug}}, so posts would collide.", "Use a pattern such as \"/{year}/{month}/{slug}/\".");
        if (Permalink.Split('/').Any(segment => segment is "." or ".." || segment.Contains('\\')))
            throw Error("permalink", $"permalink '{Permalink}' has a '.', '..' or '\\' segment, so pages could be written outside output/.",
                "Use a pattern such as \"/{year}/{month}/{slug}/\".");
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(Permalink, @"\{(\w+)\}"))
            if (!PermalinkPlaceholders.Contains(m.Groups[1].Value))
                throw Error("permalink", $"permalink '{Permalink}' has an unknown placeholder {m.Value}.",
                    "Use " + string.Join(", ", PermalinkPlaceholders.Select(p => "{" + p + "}")) + ".");
    }

    /// <summary>Normalises a base URL given on the command line: adds the trailing slash.</summary>
    public SiteSettings WithBaseUrl(string? url) => url is null ? this : this with { BaseUrl = url.EndsWith('/') ? url : url + "/" };

    private static string FirstSentence(string message) => message.Split(" Path:")[0];
}

public sealed record MathSettings
{
    /// <summary>TeX macros for every page: name (without backslash) → definition, or [definition, argument count].</summary>
    public Dictionary<string, JsonElement> Macros { get; init; } = [];
    /// <summary>"build" (typeset at build time) or "client" (MathJax in the browser); any case.</summary>
    public MathRender Render { get; init; } = MathRender.Build;
    /// <summary>"error" (TeX errors fail the build) or "warn"; any case.</summary>
    public MathErrors Errors { get; init; } = MathErrors.Error;
    /// <summary>The Node.js executable that runs MathJax in build mode: a name looked up on PATH, or a path.</summary>
    public string Node { get; init; } = "node";

    /// <summary>
    /// Build mode: the x-height of the theme's text font in em (MathJax's exFactor). The browser
    /// measures it to size math like the text around it; at build time nothing can be measured. The
    /// default is what Chromium measures for the default theme's font (Noto Sans CJK SC).
    /// </summary>
    [Range(0.2, 1.0, MinimumIsExclusive = true, MaximumIsExclusive = true)] public double ExFactor { get; init; } = 0.5433;

    /// <summary>Build mode: seconds MathJax may spend on one formula before its page fails with the formula named.</summary>
    [Range(1, int.MaxValue)] public int FormulaTimeout { get; init; } = DefaultFormulaTimeout;

    public const int DefaultFormulaTimeout = 30;

    [JsonIgnore] public bool BuildMode => Render == MathRender.Build;

}
