using System.Text.RegularExpressions;
using ColorCode;

namespace Blog.Markup.Highlighting;

/// <summary>Wraps ColorCode's class formatter: returns only the highlighted spans, without its own div and pre.</summary>
public static partial class ClassFormatter
{
    public static string Highlight(string code, ILanguage language)
    {
        var html = new HtmlClassFormatter().GetHtmlString(code, language);
        var m = Inner().Match(html);
        return m.Success ? m.Groups[1].Value.TrimEnd('\n') : html;
    }

    [GeneratedRegex(@"<pre[^>]*>(.*)</pre>", RegexOptions.Singleline)]
    private static partial Regex Inner();
}
