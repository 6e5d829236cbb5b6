namespace Blog.Theme;

/// <summary>
/// What the <c>comments</c> partial writes as <c>data-giscus-*</c> attributes of the comments section;
/// <c>assets/js/comments.js</c> turns them into giscus's script tag once the reader reaches the end
/// of the post. Flags are "0"/"1", as giscus reads them.
/// </summary>
public sealed record CommentsModel(
    string Repo, string RepoId, string Category, string CategoryId, string Mapping, string Strict,
    string ReactionsEnabled, string InputPosition, string Lang, string LightTheme, string DarkTheme)
{
    /// <summary>giscus's client script; requested by the reader's browser only, never at build time.</summary>
    public string Script => "https://giscus.app/client.js";

    /// <summary>The origin of giscus's iframe, the target of its <c>setConfig</c> messages.</summary>
    public string Origin => "https://giscus.app";

    public static CommentsModel? From(SiteSettings settings) => settings.Comments?.Giscus is { } g
        ? new CommentsModel(g.Repo, g.RepoId, g.Category, g.CategoryId, g.Mapping, g.Strict ? "1" : "0",
            g.ReactionsEnabled ? "1" : "0", g.InputPosition, g.LanguageFor(settings.Language), g.LightTheme, g.DarkTheme)
        : null;
}
