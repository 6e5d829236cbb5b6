using System.Net;
using System.Text.RegularExpressions;

namespace Blog.Typesetting;

/// <summary>
/// Feed readers load no stylesheet, so CHTML would show as loose glyphs followed by its hidden
/// MathML copy. In a feed each typeset formula becomes that MathML alone (which readers and browsers
/// draw natively), with its TeX as alttext. Client-mode TeX is left as it is.
/// </summary>
public static partial class FeedMath
{
    [GeneratedRegex("""<mjx-container[^>]*>.*?<mjx-math[^>]*?(?: data-latex="([^"]*)")?[^>]*>.*?<mjx-assistive-mml[^>]*>(<math[^>]*)>(.*?)</mjx-assistive-mml></mjx-container>""",
        RegexOptions.Singleline)]
    private static partial Regex Container();

    public static string MathMl(string html) => Container().Replace(html, m =>
        m.Groups[2].Value + (m.Groups[1].Success ? $" alttext=\"{m.Groups[1].Value}\"" : "") + ">" + m.Groups[3].Value);
}
