namespace Blog.Typesetting;

/// <summary>Metadata keys of the math stage.</summary>
public static class MathKeys
{
    /// <summary>Build mode: the <see cref="Typesetting.StyleUsage"/> of a page's typeset math, for the site's stylesheet.</summary>
    public const string StyleUsage = "math-style-usage";
}
