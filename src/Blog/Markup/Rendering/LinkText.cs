using System.Runtime.CompilerServices;
using Markdig.Renderers;

namespace Blog.Markup.Rendering;

/// <summary>
/// Whether a renderer is writing the text of a link (a table-of-contents entry, a Markdown link's label).
/// There, every node that would write a link or an id writes its words instead: a reference its words, a
/// citation its text without links, a link its text, a footnote mark nothing (as Pandoc's contents). HTML
/// does not nest &lt;a&gt; (CommonMark: "links may not contain other links"), and an id written twice is
/// no longer unique.
/// </summary>
public static class LinkText
{
    private sealed class Depth
    {
        public int Value;
    }

    private static readonly ConditionalWeakTable<HtmlRenderer, Depth> Depths = new();

    private static readonly ConditionalWeakTable<HtmlRenderer, Depth> Away = new();

    /// <summary>True while <paramref name="renderer"/> writes inside <see cref="Write"/>.</summary>
    public static bool Inside(HtmlRenderer renderer) => Depths.TryGetValue(renderer, out var depth) && depth.Value > 0;

    /// <summary>True while <paramref name="renderer"/> writes inside <see cref="WriteAway"/>.</summary>
    public static bool IsAway(HtmlRenderer renderer) => Away.TryGetValue(renderer, out var depth) && depth.Value > 0;

    /// <summary>Runs <paramref name="write"/> as the text of a link.</summary>
    public static void Write(HtmlRenderer renderer, Action write) => Within(Depths, renderer, write);

    /// <summary>
    /// Runs <paramref name="write"/> for a part shown away from its page, maybe beside other posts' (an excerpt
    /// on a list page): links stay links (Theme/AbsoluteLinks points their fragments back at the post), but
    /// what writes an id (a note mark) is left out, as two excerpts would write the same id.
    /// </summary>
    public static void WriteAway(HtmlRenderer renderer, Action write) => Within(Away, renderer, write);

    private static void Within(ConditionalWeakTable<HtmlRenderer, Depth> depths, HtmlRenderer renderer, Action write)
    {
        var depth = depths.GetOrCreateValue(renderer);
        depth.Value++;
        try
        {
            write();
        }
        finally
        {
            depth.Value--;
        }
    }
}
