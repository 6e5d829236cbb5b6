using System.Text.RegularExpressions;
using Blog.Import.Markup;

namespace Blog.Import.Jekyll;

/// <summary>
/// The Liquid of a Jekyll post, run as Jekyll would before kramdown sees the text: <c>{% post_url %}</c> and
/// <c>{% link %}</c> become the new addresses, <c>{{ site.baseurl }}</c> and <c>| relative_url</c> become site
/// paths, <c>{% raw %}</c> keeps its text, <c>{% highlight lang %}</c> becomes a fenced code block; any other
/// tag or expression is dropped and reported at its line (its text is in the report).
/// </summary>
public static partial class JekyllLiquid
{
    /// <param name="resolve">The new site path of a post or page named as in <c>post_url</c> or <c>link</c>; null when there is none.</param>
    public static string Rewrite(string text, int firstLine, string file, ImportReport report, Func<string, string?> resolve)
    {
        return TemplateTags.Rewrite(text, firstLine, shortcodes: false, (tag, reader) =>
        {
            if (tag.Open == "{{") return Expression(tag, file, report);
            switch (tag.Name)
            {
                case "raw":
                    // Not read again by this pass: its braces stay text.
                    return reader.TakeUntil("endraw") ?? "";
                case "highlight":
                    var code = reader.TakeUntil("endhighlight");
                    if (code is null) break;
                    var language = tag.Arguments.FirstOrDefault() ?? "";
                    return "```" + language + "\n" + code.Trim('\n') + "\n```";
                case "comment":
                    reader.TakeUntil("endcomment");
                    return "";
                case "post_url" or "link" when tag.Arguments.Count > 0:
                    var target = resolve(tag.Arguments[0].Replace("{{", "").Replace("}}", "").Trim());
                    if (target is not null) { lock (report) report.LinksRewritten++; return target; }
                    report.Add(report.NotConverted, file, tag.Line, $"`{tag.Text}`: no such post or page in the source; removed.");
                    return "";
            }
            report.Add(report.NotConverted, file, tag.Line, $"Liquid `{Flat(tag.Text)}` removed (no equivalent here).");
            return "";
        });
    }

    private static string Expression(TemplateTag tag, string file, ImportReport report)
    {
        var expression = tag.Inner.Trim();
        if (expression is "site.baseurl" or "site.url" or "site.url | append: site.baseurl") return "";
        var filtered = Filtered().Match(expression);
        if (filtered.Success && filtered.Groups[2].Value is "relative_url" or "absolute_url" or "prepend: site.baseurl" or "prepend: site.url")
            return filtered.Groups[1].Value;
        report.Add(report.NotConverted, file, tag.Line, $"Liquid `{Flat(tag.Text)}` removed (no equivalent here).");
        return "";
    }

    private static string Flat(string text) => text.ReplaceLineEndings(" ");

    // '/path' | relative_url, "/path" | prepend: site.baseurl
    [GeneratedRegex(@"^[""']([^""']*)[""']\s*\|\s*(.+?)\s*$")]
    private static partial Regex Filtered();
}
