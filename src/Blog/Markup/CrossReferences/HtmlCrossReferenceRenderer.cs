using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Blog.Markup.CrossReferences;

/// <summary>A reference as its token; <see cref="ResolveReferences"/> puts the link in its place once every page is known.</summary>
public sealed class HtmlCrossReferenceRenderer : HtmlObjectRenderer<CrossReference>
{
    protected override void Write(HtmlRenderer renderer, CrossReference reference)
    {
        if (reference.Index < 0) renderer.WriteEscape(reference.Written); // a tree not numbered (a fragment rendered alone)
        else if (reference.WordsOnly || InsideLink(reference) || Rendering.LinkText.Inside(renderer)) renderer.Write(ReferenceTokens.WordsOf(reference.Index));
        else
        {
            // The link's URL is known once every page is (ResolveReferences, ReferenceLinks): recorded by index.
            Rendering.WrittenLinks.Of(renderer)?.ReferenceLink(reference.Index, reference.Line + 1, reference.Column + 1);
            renderer.Write(ReferenceTokens.Of(reference.Index));
        }
    }

    /// <summary>
    /// Whether the reference is part of a link's text: it then gets no link of its own, as HTML does
    /// not nest &lt;a&gt; (CommonMark: "links may not contain other links").
    /// </summary>
    private static bool InsideLink(CrossReference reference)
    {
        for (var parent = reference.Parent; parent is not null; parent = parent.Parent)
            if (parent is LinkInline { IsImage: false }) return true;
        return false;
    }
}
