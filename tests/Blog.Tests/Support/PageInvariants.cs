using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;

namespace Blog.Tests.Support;

/// <summary>
/// What must hold on every page of every site a test builds, checked by <see cref="TestSite.BuildOkAsync"/>
/// on each output .html file, so that a fault of a whole kind shows in whichever test builds it:
/// no citation left as source (<c>[@</c> in text), no unresolved placeholder (a reference token, a formula's
/// <c>&lt;!--mjx</c> comment), no link inside a link, no id written twice, a bibliography entry for every
/// work a page cites with an in-page link, and a target for every in-page link (<c>href="#x"</c>). Code, preformatted text and
/// scripts may hold anything and are not read.
/// </summary>
public static class PageInvariants
{
    /// <summary>Every problem of every page under <paramref name="outputFolder"/>, as "path: problem" lines.</summary>
    public static IReadOnlyList<string> Problems(string outputFolder)
    {
        var problems = new List<string>();
        if (!Directory.Exists(outputFolder)) return problems;
        foreach (var file in Directory.EnumerateFiles(outputFolder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var path = Path.GetRelativePath(outputFolder, file).Replace('\\', '/');
            // Pagefind's own UI files are not ours.
            if (path.StartsWith("pagefind/", StringComparison.Ordinal) || path.StartsWith("search/pagefind", StringComparison.Ordinal)) continue;
            problems.AddRange(Of(File.ReadAllText(file)).Select(p => $"{path}: {p}"));
        }
        return problems;
    }

    /// <summary>The problems of one page's HTML.</summary>
    public static IReadOnlyList<string> Of(string html)
    {
        var problems = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) =>
        {
            if (e is HtmlErrorEvent error && error.Code == (int)HtmlParseError.AnchorNested)
                problems.Add($"a link inside a link at line {error.Position.Line}, column {error.Position.Column}");
        };
        var document = parser.ParseDocument(html);
        if (html.Contains("<!--mjx", StringComparison.Ordinal)) problems.Add("an unresolved formula placeholder (<!--mjx)");
        if (html.Contains('\uE000') || html.Contains('\uE001')) problems.Add("an unresolved cross-reference token");

        foreach (var text in Texts(document.Body))
            if (text.Contains("[@", StringComparison.Ordinal))
                problems.Add($"a citation left as source: '{Around(text, text.IndexOf("[@", StringComparison.Ordinal))}'");

        var ids = document.All.Where(e => e.Id is { Length: > 0 }).GroupBy(e => e.Id!).Where(g => g.Count() > 1);
        foreach (var id in ids) problems.Add($"id '{id.Key}' written {id.Count()} times");

        var typesetInBrowser = document.QuerySelector("mjx-container") is null;
        foreach (var link in document.QuerySelectorAll("a[href^='#']"))
        {
            var target = WebUtility.UrlDecode(link.GetAttribute("href")![1..]);
            if (target.Length == 0 || target == "top") continue;
            // In client mode MathJax writes the equations' anchors in the browser.
            if (typesetInBrowser && target.StartsWith("mjx-eqn", StringComparison.Ordinal)) continue;
            if (document.GetElementById(target) is null) problems.Add($"a link to #{target}, which is not on the page ('{link.TextContent.Trim()}')");
        }

        foreach (var citation in document.QuerySelectorAll("span.citation[data-cites]"))
            foreach (var key in citation.GetAttribute("data-cites")!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (document.GetElementById("ref-" + key) is null && citation.QuerySelector("a[href^='#']") is not null)
                    problems.Add($"a citation of '{key}' with no bibliography entry on the page");
        return problems;
    }

    /// <summary>The text of an element outside code, preformatted text, scripts, styles and templates.</summary>
    private static IEnumerable<string> Texts(IElement? root)
    {
        if (root is null) yield break;
        foreach (var node in root.ChildNodes)
        {
            if (node is IText text) yield return text.Data;
            else if (node is IElement element && element.LocalName is not ("code" or "pre" or "script" or "style" or "template" or "textarea" or "kbd" or "samp"))
                foreach (var inner in Texts(element)) yield return inner;
        }
    }

    private static string Around(string text, int at) => text.Substring(Math.Max(0, at - 20), Math.Min(text.Length - Math.Max(0, at - 20), 60)).Trim();
}
