using AngleSharp.Html.Parser;
using Blog.Markup.Rendering;

namespace Blog.Site.LinkCheck;

/// <summary>
/// The ids and links of HTML the theme's templates wrote (a post's page less its Markdown body, a list page,
/// an alias page, a file of <c>input/assets</c>), read once by AngleSharp's HTML parser (WHATWG HTML §13.2):
/// so text inside <c>script</c>, <c>style</c>, <c>title</c> and <c>template</c> content is never taken for a
/// tag. Which attributes hold URLs: <see cref="UrlAttributes"/>, as the Markdown renderers record them; the
/// folders of an inline MathJax configuration are links too (<see cref="MathJaxPaths"/>).
/// </summary>
public static class TemplateLinks
{
    private static readonly HtmlParser Parser = new();

    /// <param name="inTemplate">Mark the links as the theme's (<see cref="FoundLink.InTemplate"/>): true on a post's page.</param>
    public static (HashSet<string> Ids, List<FoundLink> Links) Scan(string html, bool inTemplate)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<FoundLink>();
        // The parser's document holds <template> content apart (its DocumentFragment): document.All does not reach it.
        foreach (var element in Parser.ParseDocument(html).All)
        {
            var name = element.LocalName;
            ids.UnionWith(UrlAttributes.IdsOf(name, element.GetAttribute));
            foreach (var url in UrlAttributes.Of(name, element.GetAttribute)) links.Add(new FoundLink(url, 0, InTemplate: inTemplate));
            if (name == "script" && !element.HasAttribute("src"))
                links.AddRange(MathJaxPaths.Of(element.TextContent).Select(l => l with { InTemplate = inTemplate }));
        }
        return (ids, links);
    }
}
