using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Markup.CrossReferences;

/// <summary>A reference as its token; <see cref="ResolveReferences"/> puts the link in its place once every page is known.</summary>
public sealed class HtmlCrossReferenceRenderer : HtmlObjectRenderer<CrossReference>
{
    protected override void Write(HtmlRenderer renderer, CrossReference reference)
    {
        if (reference.Index < 0) renderer.WriteEscape(reference.Written); // a tree not numbered (a fragment rendered alone)
        else renderer.Write(ReferenceTokens.Of(reference.Index));
    }
}
