namespace Blog.MagicCube.Rendering;

/// <summary>How the diagram's LaTeX is written.</summary>
public enum CubeDiagramStyle
{
    /// <summary>The seed's drawing: <c>\require{HTML}</c>, bars rotated with <c>\style</c>, hidden
    /// edges as faded red dots. Needs MathJax.</summary>
    MathJax,
    /// <summary>No HTML extension: <c>\diagup</c> for receding edges, plain colours for hidden
    /// parts. For KaTeX and LaTeX.</summary>
    Portable,
}
