namespace Blog.Configuration;

/// <summary>
/// The image of a page's social card (Open Graph <c>og:image</c>, Twitter <c>twitter:image</c>): front
/// matter <c>image</c>, else <c>"image"</c> of statiq.json. Cards need absolute URLs, so it is written
/// as a site path, made absolute with the base URL, or as an absolute http(s) URL.
/// </summary>
public static class SocialImage
{
    public static bool IsValid(string value) => value.Length == 0
        || value[0] == '/' && !value.StartsWith("//", StringComparison.Ordinal)
        || Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    public const string Hint = "Write a site path such as \"/assets/cards/x.png\" (a file under input/assets/ or theme/assets/) or an absolute https:// URL.";
}
