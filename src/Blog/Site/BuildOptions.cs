namespace Blog.Site;

/// <summary>What a build is asked to do; paths are absolute.</summary>
public sealed record BuildOptions
{
    /// <summary>Folder holding statiq.json and, by default, input/, theme/ and output/.</summary>
    public required string SiteRoot { get; init; }
    public string? Input { get; init; }
    public string? Output { get; init; }
    public string? Theme { get; init; }
    public string? BaseUrl { get; init; }
    public bool Drafts { get; init; }
    /// <summary>Include posts dated after the build's time (<c>--future</c>, Hugo's buildFuture); without it they are left out and listed in <see cref="BuildResult.Scheduled"/>.</summary>
    public bool Future { get; init; }
    /// <summary>The build's time, which decides which posts are scheduled; null for the clock's time when the build runs.</summary>
    public DateTimeOffset? Now { get; init; }
    /// <summary>Built for the preview server: the live-reload script is injected.</summary>
    public bool Preview { get; init; }
    /// <summary>Run every compute block, citation and feed entry again instead of taking them from .cache/compute/, .cache/citations/ and .cache/feed/ (typeset math in .cache/mathjax/ is still used).</summary>
    public bool NoCache { get; init; }

    public string InputFolder => Input ?? Path.Combine(SiteRoot, "input");
    public string OutputFolder => Output ?? Path.Combine(SiteRoot, "output");
    /// <summary>The site's own theme folder (<c>theme/</c> unless given), whether or not it exists: the files that override the built-in theme.</summary>
    public string ThemeFolder => Theme ?? Path.Combine(SiteRoot, "theme");
    /// <summary>The site's theme folder over the tool's built-in theme, looked up file by file.</summary>
    public ThemeFolders Themes => ThemeFolders.For(ThemeFolder);
    public string SettingsFile => Path.Combine(SiteRoot, "statiq.json");

    /// <summary>statiq.json with the command line's --base-url applied: what build, preview and deploy all use.</summary>
    public SiteSettings LoadSettings() => SiteSettings.Load(SettingsFile, "statiq.json").WithBaseUrl(BaseUrl);
}
