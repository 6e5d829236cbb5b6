using System.Text.RegularExpressions;

namespace Blog.Import.WordPress;

/// <summary>
/// WordPress's math shortcodes, turned into MathJax's <c>\(…\)</c> before the HTML is read: <c>[latex]…[/latex]</c>
/// (WP LaTeX, inline) and Jetpack's <c>$latex …$</c>, whose <c>&amp;s=…</c>, <c>&amp;bg=…</c>, <c>&amp;fg=…</c> size and colour
/// parameters are dropped. <c>$…$</c>, <c>$$…$$</c>, <c>\(…\)</c> and <c>\[…\]</c> of MathJax plugins are read by the
/// MathJax dialect afterwards. Source: Jetpack's "Beautiful Math" and WP LaTeX documentation.
/// </summary>
public static partial class WordPressMath
{
    public static string Shortcodes(string content)
    {
        content = LatexShortcode().Replace(content, m => @"\(" + m.Groups[1].Value + @"\)");
        return JetpackLatex().Replace(content, m => @"\(" + Parameters().Replace(m.Groups[1].Value, "").Trim() + @"\)");
    }

    [GeneratedRegex(@"\[latex(?:\s[^\]]*)?\](.*?)\[/latex\]", RegexOptions.Singleline)]
    private static partial Regex LatexShortcode();
    [GeneratedRegex(@"\$latex\s(.*?)(?<!\\)\$", RegexOptions.Singleline)]
    private static partial Regex JetpackLatex();
    [GeneratedRegex(@"(&amp;|&)(s|bg|fg)=[^&$]*")]
    private static partial Regex Parameters();
}
