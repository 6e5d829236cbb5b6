using Blog.Import.Markup;

namespace Blog.Import.Hugo;

/// <summary>
/// Hugo's shortcodes in a post: <c>ref</c>/<c>relref</c> become the new address of the page they name,
/// <c>figure</c> an image with its caption, <c>highlight</c> a fenced code block, math shortcodes
/// (<c>math</c>, <c>katex</c>, <c>latex</c>, <c>mathjax</c>) display math; Hugo's escape <c>{{&lt;/* x */&gt;}}</c> stays as
/// the text <c>{{&lt; x &gt;}}</c>. Any other shortcode is dropped and reported with its line.
/// </summary>
public static class HugoShortcodes
{
    private static readonly HashSet<string> MathNames = ["math", "katex", "latex", "mathjax", "tex"];

    /// <param name="resolve">The new site path of the page a ref names, or null.</param>
    public static string Rewrite(string text, int firstLine, string file, ImportReport report, Func<string, string?> resolve)
        => TemplateTags.Rewrite(text, firstLine, shortcodes: true, (tag, reader) =>
        {
            if (tag.Inner.StartsWith("/*")) return tag.Text.Replace("/*", "").Replace("*/", "").Replace("  ", " ");
            switch (tag.Name)
            {
                case "ref" or "relref":
                    var name = tag.Arguments.FirstOrDefault() ?? "";
                    var hash = name.IndexOf('#');
                    var target = resolve(hash >= 0 ? name[..hash] : name);
                    if (target is null) break;
                    lock (report) report.LinksRewritten++;
                    return target + (hash >= 0 ? name[hash..] : "");
                case "figure":
                    var src = tag.Named("src") ?? "";
                    var caption = tag.Named("caption") ?? tag.Named("title") ?? tag.Named("alt") ?? "";
                    return $"![{caption.Replace("]", "\\]")}]({src})";
                case "highlight":
                    var code = reader.TakeUntil("/highlight", shortcodes: true);
                    if (code is null) break;
                    return "```" + (tag.Arguments.FirstOrDefault() ?? "") + "\n" + code.Trim('\n') + "\n```";
                case var m when MathNames.Contains(m):
                    var tex = reader.TakeUntil("/" + m, shortcodes: true);
                    if (tex is null) break;
                    return "$$\n" + tex.Trim('\n', ' ') + "\n$$";
            }
            report.Add(report.NotConverted, file, tag.Line, $"shortcode `{tag.Text.ReplaceLineEndings(" ")}` removed (no equivalent here).");
            return "";
        });
}
