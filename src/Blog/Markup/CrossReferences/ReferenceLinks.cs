namespace Blog.Markup.CrossReferences;

/// <summary>
/// The URL each cross-reference of a page became (<see cref="ResolveReferences"/>), by the reference's index:
/// the renderer recorded where each reference's link is written (<c>Rendering/WrittenLinks</c>), this says
/// where it points, so the link check reads both without reading the HTML.
/// </summary>
public sealed record ReferenceLinks(IReadOnlyDictionary<int, string> Hrefs)
{
    /// <summary>Metadata key of a page's <see cref="ReferenceLinks"/>.</summary>
    public const string Key = "reference-links";
}
