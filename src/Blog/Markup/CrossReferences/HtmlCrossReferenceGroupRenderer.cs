using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Markup.CrossReferences;

/// <summary>A group of references as its children: each reference's token and the separators between them.</summary>
public sealed class HtmlCrossReferenceGroupRenderer : HtmlObjectRenderer<CrossReferenceGroup>
{
    protected override void Write(HtmlRenderer renderer, CrossReferenceGroup group) => renderer.WriteChildren(group);
}
