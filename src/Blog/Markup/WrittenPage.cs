using Blog.Markup.Formulas;
using Blog.Markup.Rendering;

namespace Blog.Markup;

/// <summary>
/// What the renderers recorded while writing the parts of a page that its layout shows (the body, the title,
/// the summary): their links with Markdown places, their ids (<see cref="WrittenLinks"/>) and their formulas
/// (<see cref="PageMath"/>). Kept on the document (<see cref="Key"/>) once the trees and renders are let go,
/// for the link check. The excerpt is left out: it is shown on list pages, not on its own.
/// </summary>
/// <param name="Body">The body's records.</param>
/// <param name="Fields">The title's and the summary's records, which the theme may show more than once.</param>
/// <param name="Formulas">The formulas of the body, the title and the summary, in that order.</param>
public sealed record WrittenPage(WrittenLinks Body, IReadOnlyList<WrittenLinks> Fields, IReadOnlyList<FormulaOccurrence> Formulas)
{
    /// <summary>Metadata key of a page's <see cref="WrittenPage"/>.</summary>
    public const string Key = "written-page";

    /// <summary>The records of the parts a render made (<see cref="PostRendering"/>); parts without records count as empty.</summary>
    public static WrittenPage Of(IReadOnlyDictionary<PostPart, RenderedPart> parts)
    {
        RenderedPart? Part(PostPart part) => parts.TryGetValue(part, out var rendered) ? rendered : null;
        PostPart[] shown = [PostPart.Body, PostPart.Title, PostPart.Summary];
        return new WrittenPage(Part(PostPart.Body)?.Written ?? new WrittenLinks(),
            [.. new[] { PostPart.Title, PostPart.Summary }.Select(p => Part(p)?.Written).OfType<WrittenLinks>()],
            [.. shown.SelectMany(p => Part(p)?.Formulas ?? [])]);
    }
}
