namespace Blog.Import.Markup;

/// <summary>
/// How a source blog's Markdown marks formulas: the rules <see cref="MathRewriter"/> reads them by, before it
/// writes them back by ours (README "Math": <c>$…$</c> inline by Pandoc's rules, <c>$$…$$</c> display).
/// </summary>
public sealed record MathDialect
{
    /// <summary>
    /// kramdown's rule: <c>$$…$$</c> is display math when it stands as a block of its own (a blank line or the
    /// start before it, a blank line or the end after it) and inline math anywhere else; a backslash before
    /// <c>(</c>, <c>[</c>, <c>)</c>, <c>]</c> is an escape, so <c>\\(…\\)</c> and <c>\\[…\\]</c> reach MathJax as formulas.
    /// Source: kramdown's parser (parser/kramdown/math.rb, BLOCK_MATH_START with after/before_block_boundary?).
    /// </summary>
    public bool Kramdown { get; init; }

    /// <summary><c>$…$</c> is inline math (MathJax's <c>inlineMath: [['$','$']]</c>, markdown-it-mathjax, kramed, Hugo passthrough).</summary>
    public bool SingleDollar { get; init; }

    /// <summary><c>\(…\)</c> and <c>\[…\]</c> are formulas as written (MathJax's defaults; not in kramdown, whose backslash escapes them).</summary>
    public bool Backslash { get; init; }

    /// <summary>Bare <c>\begin{equation}…\end{equation}</c> and the other display environments (MathJax's processEnvironments).</summary>
    public bool Environments { get; init; } = true;

    /// <summary>
    /// The delimiters the source's MathJax reads in the text of a raw HTML block, which its Markdown leaves alone
    /// (<see cref="HtmlBlockMath"/>); null: this dialect's own, without kramdown's rules.
    /// </summary>
    public MathDialect? InHtml { get; init; }

    /// <summary>The dialect of raw HTML blocks: <see cref="InHtml"/>, or this one without kramdown's rules.</summary>
    public MathDialect HtmlDialect => InHtml ?? this with { Kramdown = false };

    /// <summary>
    /// Jekyll with kramdown; <paramref name="singleDollar"/> when the site's MathJax configuration reads <c>$…$</c>.
    /// In raw HTML, which kramdown does not parse, MathJax reads its own delimiters (<c>$$</c>, <c>\(</c>, <c>\[</c> by
    /// default; source: MathJax 2's tex2jax defaults).
    /// </summary>
    public static MathDialect KramdownWith(bool singleDollar) =>
        new() { Kramdown = true, SingleDollar = singleDollar, InHtml = new MathDialect { SingleDollar = singleDollar, Backslash = true } };

    /// <summary>MathJax's delimiters over Markdown that leaves them alone: <c>$…$</c>, <c>$$…$$</c>, <c>\(…\)</c>, <c>\[…\]</c>.</summary>
    public static readonly MathDialect MathJax = new() { SingleDollar = true, Backslash = true };
}
