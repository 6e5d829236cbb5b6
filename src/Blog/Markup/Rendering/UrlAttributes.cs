namespace Blog.Markup.Rendering;

/// <summary>
/// Which attributes of an HTML element hold a URL that a browser follows or loads, for the link check:
/// the elements of the HTML standard's index of URL attributes a page carries (<c>a href</c>,
/// <c>img src</c>/<c>srcset</c>, <c>script src</c>, <c>link href</c>, media, <c>object data</c>), and the
/// Open Graph and Twitter <c>meta</c> tags whose content is a URL. Resource hints name an origin, not a file.
/// Read by the recorders of raw HTML (<see cref="RawHtmlLinks"/>) and by the link check's scan of the
/// theme's output, so both find the same links.
/// </summary>
public static class UrlAttributes
{
    private static readonly Dictionary<string, string[]> ByElement = new(StringComparer.Ordinal)
    {
        ["a"] = ["href"], ["area"] = ["href"], ["link"] = ["href"], ["img"] = ["src", "srcset"], ["script"] = ["src"],
        ["iframe"] = ["src"], ["video"] = ["src", "poster"], ["audio"] = ["src"], ["source"] = ["src", "srcset"],
        ["track"] = ["src"], ["embed"] = ["src"], ["object"] = ["data"],
    };

    private static readonly HashSet<string> UrlMeta = ["og:url", "og:image", "twitter:image"];

    private static readonly HashSet<string> HintRels = ["preconnect", "dns-prefetch"];

    /// <summary>
    /// The URLs of one element (lower-case <paramref name="element"/> name), each <c>srcset</c> candidate on its
    /// own; <paramref name="attribute"/> gives an attribute's value or null when it is absent.
    /// </summary>
    public static IEnumerable<string> Of(string element, Func<string, string?> attribute)
    {
        if (element == "meta")
        {
            if (UrlMeta.Contains(attribute("property") ?? attribute("name") ?? "") && attribute("content") is { } content) yield return content.Trim();
            yield break;
        }
        if (!ByElement.TryGetValue(element, out var names)) yield break;
        if (element == "link" && (attribute("rel") ?? "").Split(' ').Any(HintRels.Contains)) yield break;
        foreach (var name in names)
        {
            if (attribute(name) is not { } value) continue;
            if (name == "srcset")
                foreach (var candidate in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    yield return candidate.Split(' ', 2)[0];
            else yield return value.Trim();
        }
    }

    /// <summary>The ids an element defines: its <c>id</c>, and an <c>&lt;a name&gt;</c>.</summary>
    public static IEnumerable<string> IdsOf(string element, Func<string, string?> attribute)
    {
        if (attribute("id") is { Length: > 0 } id) yield return id;
        if (element == "a" && attribute("name") is { Length: > 0 } name) yield return name;
    }
}
