namespace Blog.Typesetting;

/// <summary>Metadata keys of the math stage.</summary>
public static class MathKeys
{
    /// <summary>Build mode: the cache key of a page's typeset math, under which its stylesheet is kept.</summary>
    public const string TypesetKey = "math-typeset-key";
}
