namespace Blog.Math;

/// <summary>Metadata keys of the math stage.</summary>
public static class MathKeys
{
    /// <summary>The MathJax stylesheet a page's typeset math needs (build mode); merged into one file for the site.</summary>
    public const string Css = "math-css";
}
