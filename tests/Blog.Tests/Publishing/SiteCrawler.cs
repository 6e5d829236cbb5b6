using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace Blog.Tests.Publishing;

/// <summary>
/// Follows every link of a served site over HTTP, independently of the build's own link checker:
/// every page, stylesheet, script, image, feed and sitemap URL must answer 200, every fragment must
/// name an element, and no URL may leave the prefix. Stylesheets are followed too (fonts). Absolute URLs of the production base URL are
/// mapped onto the server. Equation anchors (mjx-eqn:…) exist only after MathJax ran; the browser
/// test covers them.
/// </summary>
public sealed class SiteCrawler(Uri served, Uri production)
{
    private static readonly (string Selector, string Attribute)[] Sources =
    [
        ("a[href]", "href"), ("link[href]", "href"), ("script[src]", "src"), ("img[src]", "src"),
        ("meta[property='og:url']", "content"), ("meta[property='og:image']", "content"),
    ];

    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = true });
    private readonly Dictionary<string, Task<(int Status, string Type, string Body)>> _fetched = [];

    public List<string> Problems { get; } = [];
    public HashSet<string> Visited { get; } = [];

    public async Task CrawlAsync(params string[] starts)
    {
        var queue = new Queue<(Uri Url, string From)>(starts.Select(s => (new Uri(served, s), "(start)")));
        while (queue.Count > 0)
        {
            var (url, from) = queue.Dequeue();
            var page = new Uri(url.GetLeftPart(UriPartial.Query));
            var (status, type, body) = await FetchAsync(page);
            if (status != 200) { Problems.Add($"{url} (linked from {from}) answered {status}"); continue; }
            if (url.Fragment.Length > 1 && type.StartsWith("text/html") && !HasId(body, Uri.UnescapeDataString(url.Fragment[1..])))
                Problems.Add($"{url} (linked from {from}): no element with that id");
            if (!Visited.Add(page.AbsoluteUri)) continue;
            foreach (var link in LinksOf(page, type, body))
            {
                var target = Map(link);
                if (target is null) continue;
                if (!target.AbsolutePath.StartsWith(served.AbsolutePath, StringComparison.Ordinal))
                    Problems.Add($"{link} (on {page}) leaves {served.AbsolutePath}");
                else if (!(target.Fragment.StartsWith("#mjx-eqn")))
                    queue.Enqueue((target, page.AbsoluteUri));
            }
        }
    }

    /// <summary>Production URLs onto the server; other hosts are external (null: not followed).</summary>
    private Uri? Map(Uri link)
    {
        if (link.Scheme is not ("http" or "https")) return null;
        if (link.Authority == served.Authority) return link;
        if (link.Authority == production.Authority)
            return new Uri(served, link.PathAndQuery[production.AbsolutePath.Length..] + link.Fragment);
        return null;
    }

    private IEnumerable<Uri> LinksOf(Uri page, string type, string body)
    {
        if (type.StartsWith("text/html"))
        {
            var document = new HtmlParser().ParseDocument(body);
            foreach (var (selector, attribute) in Sources)
                foreach (var element in document.QuerySelectorAll(selector))
                    if (Uri.TryCreate(page, element.GetAttribute(attribute)!, out var url)) yield return url;
        }
        else if (type == "text/css")
        {
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(body, """url\(\s*['"]?([^'")]+)['"]?\s*\)"""))
                if (!m.Groups[1].Value.StartsWith("data:") && Uri.TryCreate(page, m.Groups[1].Value, out var url)) yield return url;
        }
        else if (page.AbsolutePath.EndsWith(".xml"))
        {
            var xml = XDocument.Parse(body); // also proves the feed and the sitemap are well-formed
            foreach (var e in xml.Descendants())
            {
                var value = e.Name.LocalName == "loc" ? e.Value : e.Name.LocalName == "link" ? (string?)e.Attribute("href") : null;
                if (value is null) continue;
                if (!Uri.TryCreate(value, UriKind.Absolute, out var absolute) || absolute.Scheme is not ("http" or "https"))
                    Problems.Add($"{page}: '{value}' is not an absolute URL");
                else yield return absolute;
            }
        }
    }

    private static bool HasId(string html, string id) => id == "top" ||
        new HtmlParser().ParseDocument(html).All.Any(e => e.Id == id || (e.LocalName == "a" && e.GetAttribute("name") == id));

    private Task<(int, string, string)> FetchAsync(Uri url)
    {
        if (!_fetched.TryGetValue(url.AbsoluteUri, out var task))
            _fetched[url.AbsoluteUri] = task = Fetch(url);
        return task;

        async Task<(int, string, string)> Fetch(Uri u)
        {
            using var response = await _http.GetAsync(u);
            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            var text = type.StartsWith("text/") || type.Contains("xml") ? await response.Content.ReadAsStringAsync() : "";
            return ((int)response.StatusCode, type, text);
        }
    }
}
