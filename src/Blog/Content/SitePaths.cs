namespace Blog.Content;

/// <summary>Site paths of the generated pages, in one place so links and files always agree.</summary>
public static class SitePaths
{
    public static string Tag(string tag) => $"/tags/{Slugs.From(tag)}/";
    public static string Category(string category) => $"/categories/{Slugs.From(category)}/";
    public static string HomePage(int page) => page <= 1 ? "/" : $"/page/{page}/";
    public const string Archive = "/archives/";
    public const string Tags = "/tags/";
    public const string Feed = "/atom.xml";
    public const string Sitemap = "/sitemap.xml";
    /// <summary>The live-reload script the preview server serves (under the base path); preview builds link it.</summary>
    public const string LiveReloadScript = "__preview/livereload.js";

    public static string Destination(string sitePath) =>
        sitePath.EndsWith('/') ? sitePath.TrimStart('/') + "index.html" : sitePath.TrimStart('/');
}
