using AngleSharp.Dom;
using Blog.Tests.Support;

namespace Blog.Tests.CrossReferences;

/// <summary>A small site with the repository's theme, math in the browser (no MathJax at build time), built in process.</summary>
internal static class XrefSite
{
    public static TestSite Create(string language = "zh-CN", Action<System.Text.Json.Nodes.JsonObject>? settings = null)
    {
        var site = TestSite.Empty().Settings(s =>
        {
            s["math"]!["render"] = "client";
            s["language"] = language;
            settings?.Invoke(s);
        });
        return site;
    }

    public static string Post(string title, string slug, string body, string date = "2020-01-01", string extra = "") =>
        $"---\ntitle: {title}\ndate: {date}\nslug: {slug}\n{extra}---\n\n{body}";

    /// <summary>The body of the post at /2020/01/slug/.</summary>
    public static IElement Body(TestSite site, string slug, string month = "01") =>
        site.Html($"2020/{month}/{slug}/index.html").QuerySelector(".post-body")!;

    public static string Text(this IElement element) => string.Join(' ', element.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
