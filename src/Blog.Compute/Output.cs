namespace Blog.Compute;

/// <summary>
/// One piece of what a block shows, as plain data so it can cross from the worker process to the
/// site builder and sit in the cache: the builder decides the HTML around it.
/// </summary>
public sealed record Output(string Kind, string Content)
{
    /// <summary>Text printed to the console: shown in a pre, or read as Markdown when <c>output: asis</c>.</summary>
    public const string Console = "console";
    /// <summary>A value shown as text (numbers, strings): escaped by the builder.</summary>
    public const string Text = "text";
    /// <summary>Ready HTML (tables).</summary>
    public const string Html = "html";
    /// <summary>TeX for display math (vectors, matrices): goes through the site's math pipeline.</summary>
    public const string Tex = "tex";
    /// <summary>An SVG figure (plots).</summary>
    public const string Svg = "svg";
}
