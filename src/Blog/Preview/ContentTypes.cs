using Microsoft.AspNetCore.StaticFiles;

namespace Blog.Preview;

/// <summary>Content type by file extension; text types say UTF-8, which is what the build writes.</summary>
public static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Known = new();

    private static readonly Dictionary<string, string> Ours = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".woff2"] = "font/woff2",
        [".woff"] = "font/woff",
        [".map"] = "application/json; charset=utf-8",
    };

    public static string For(string path)
    {
        var extension = Path.GetExtension(path);
        if (Ours.TryGetValue(extension, out var type)) return type;
        return Known.TryGetContentType(path, out var known) ? known : "application/octet-stream";
    }
}
