using AngleSharp.Dom;
using Blog.Tests.Support;

namespace Blog.Tests.Site;

/// <summary>Every link and resource a page refers to inside the site must be a file in the output.</summary>
public static class LinkChecker
{
    /// <summary>Broken links as "page: link (why)", for one assertion that lists them all.</summary>
    public static IReadOnlyList<string> BrokenLinks(TestSite site, string baseUrl)
    {
        var basePath = new Uri(baseUrl).AbsolutePath;
        var broken = new List<string>();
        var pages = new Dictionary<string, IDocument>();
        IDocument Page(string file) => pages.TryGetValue(file, out var d) ? d : pages[file] = site.Html(file);

        foreach (var file in site.HtmlFiles())
        {
            var page = Page(file);
            var pageUrl = new Uri(new Uri(baseUrl), file.EndsWith("index.html") ? file[..^"index.html".Length] : file);
            var refs = page.QuerySelectorAll("[href], [src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(r => !r.StartsWith("data:") && !r.StartsWith("mailto:") && !r.StartsWith("javascript:"));
            foreach (var reference in refs)
            {
                var url = new Uri(pageUrl, reference);
                if (url.Host != pageUrl.Host || url.Port != pageUrl.Port) continue; // external
                if (!url.AbsolutePath.StartsWith(basePath, StringComparison.Ordinal))
                {
                    broken.Add($"{file}: {reference} (outside the base path {basePath})");
                    continue;
                }
                var path = Uri.UnescapeDataString(url.AbsolutePath[basePath.Length..]);
                var target = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
                if (!site.OutputExists(target))
                {
                    broken.Add($"{file}: {reference} (no file {target})");
                    continue;
                }
                var fragment = Uri.UnescapeDataString(url.Fragment.TrimStart('#'));
                // MathJax makes the equation anchors (mjx-eqn…) in the browser; the browser tests check those.
                if (fragment.Length > 0 && !fragment.StartsWith("mjx-") && target.EndsWith(".html") && Page(target).GetElementById(fragment) is null)
                    broken.Add($"{file}: {reference} (no element with id '{fragment}' in {target})");
            }
        }
        return broken;
    }
}
