using System.Text.RegularExpressions;
using Blog.Diagnostics;

namespace Blog.Configuration;

/// <summary>
/// <c>"comments"</c> in statiq.json: the comment service under each post. Absent (the default), a
/// page loads nothing for comments. Only giscus (https://giscus.app, GitHub Discussions) is offered.
/// </summary>
public sealed record CommentSettings
{
    public GiscusSettings? Giscus { get; init; }

    internal void Validate(string file)
    {
        if (Giscus is null)
            throw new DiagnosticException(Diagnostic.Error(file, 0, 0, "\"comments\" names no comment service.",
                "Write \"comments\": {\"giscus\": {\"repo\": …, \"repoId\": …, \"category\": …, \"categoryId\": …}} (values from https://giscus.app), or remove \"comments\"."));
        Giscus.Validate(file);
    }
}

/// <summary>
/// The giscus settings, named as giscus's own <c>data-*</c> attributes (https://github.com/giscus/giscus/blob/main/ADVANCED-USAGE.md).
/// The four ids come from the configuration form on https://giscus.app.
/// </summary>
public sealed partial record GiscusSettings
{
    /// <summary>The GitHub repository holding the discussions, "owner/name".</summary>
    public string Repo { get; init; } = "";
    public string RepoId { get; init; } = "";
    /// <summary>The discussion category new threads go into.</summary>
    public string Category { get; init; } = "";
    public string CategoryId { get; init; } = "";
    /// <summary>How a page finds its discussion: "pathname" (default), "url", "title" or "og:title".</summary>
    public string Mapping { get; init; } = "pathname";
    /// <summary>Match discussion titles by a hash of the mapped value, so similar titles never share a thread.</summary>
    public bool Strict { get; init; }
    public bool ReactionsEnabled { get; init; } = true;
    /// <summary>"bottom" (default) or "top": where the comment box sits.</summary>
    public string InputPosition { get; init; } = "bottom";
    /// <summary>giscus's interface language; empty: from the site's <c>language</c>.</summary>
    public string Lang { get; init; } = "";
    /// <summary>giscus themes used when the reader's page is light and when it is dark.</summary>
    public string LightTheme { get; init; } = "light";
    public string DarkTheme { get; init; } = "dark";

    private static readonly string[] Mappings = ["pathname", "url", "title", "og:title"];

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$")]
    private static partial Regex RepoName();

    /// <summary>The language giscus gets: <see cref="Lang"/>, else the site's, as giscus names them ("zh-CN", "zh-TW", "en", …).</summary>
    public string LanguageFor(string siteLanguage) => Lang.Length > 0 ? Lang
        : siteLanguage.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? siteLanguage : siteLanguage.Split('-')[0];

    internal void Validate(string file)
    {
        const string form = "Copy the values from the configuration form on https://giscus.app.";
        if (!RepoName().IsMatch(Repo))
            throw new DiagnosticException(Diagnostic.Error(file, 0, 0, $"comments.giscus.repo '{Repo}' is not a GitHub repository \"owner/name\".", form));
        foreach (var (name, value) in new[] { ("repoId", RepoId), ("category", Category), ("categoryId", CategoryId) })
            if (string.IsNullOrWhiteSpace(value))
                throw new DiagnosticException(Diagnostic.Error(file, 0, 0, $"comments.giscus.{name} is missing.", form));
        if (!Mappings.Contains(Mapping))
            throw new DiagnosticException(Diagnostic.Error(file, 0, 0, $"comments.giscus.mapping '{Mapping}' is not one of {string.Join(", ", Mappings)}.",
                "\"pathname\" keeps one discussion per post even when the site moves to another domain."));
        if (InputPosition is not ("bottom" or "top"))
            throw new DiagnosticException(Diagnostic.Error(file, 0, 0, $"comments.giscus.inputPosition '{InputPosition}' is not \"bottom\" or \"top\"."));
        if (string.IsNullOrWhiteSpace(LightTheme) || string.IsNullOrWhiteSpace(DarkTheme))
            throw new DiagnosticException(Diagnostic.Error(file, 0, 0, "comments.giscus.lightTheme and darkTheme must name giscus themes.",
                "Leave them out for giscus's \"light\" and \"dark\"."));
    }
}
