using Blog.Import.Markup;

namespace Blog.Import.Hexo;

/// <summary>
/// Hexo's tag plugins in a post: <c>{% asset_img name [title] %}</c>, <c>{% asset_path %}</c> and <c>{% asset_link %}</c>
/// become links to the file beside the post; <c>{% post_link slug [title] %}</c> and <c>{% post_path %}</c> the new
/// address of that post; <c>{% codeblock [lang:x] %}</c> a fenced block; <c>{% raw %}</c> its text;
/// <c>{% math %}</c>/<c>{% katex %}</c>/<c>{% mathjax %}</c> (hexo-math) display math; <c>{% blockquote %}</c> a quote.
/// Others are dropped and reported. Source: Hexo's documentation, "Tag Plugins" and "Asset Folders".
/// </summary>
public static class HexoTags
{
    private static readonly HashSet<string> MathNames = ["math", "katex", "mathjax", "latex"];

    /// <param name="post">The title and new address of a post named by its file name (without .md), or null.</param>
    public static string Rewrite(string text, int firstLine, string file, ImportReport report, Func<string, (string Title, string Path)?> post)
        => TemplateTags.Rewrite(text, firstLine, shortcodes: false, (tag, reader) =>
        {
            if (tag.Open == "{{")
            {
                report.Add(report.NotConverted, file, tag.Line, $"template expression `{tag.Text}` removed.");
                return "";
            }
            var args = tag.Arguments;
            switch (tag.Name)
            {
                case "asset_img" when args.Count > 0:
                    var title = args.Count > 1 ? string.Join(' ', args.Skip(1)) : "";
                    return $"![{title.Replace("]", "\\]")}]({Uri.EscapeDataString(args[0]).Replace("%2F", "/")})";
                case "asset_path" when args.Count > 0:
                    return Uri.EscapeDataString(args[0]).Replace("%2F", "/");
                case "asset_link" when args.Count > 0:
                    return $"[{(args.Count > 1 ? string.Join(' ', args.Skip(1)) : args[0])}]({Uri.EscapeDataString(args[0]).Replace("%2F", "/")})";
                case "post_link" or "post_path" when args.Count > 0:
                    if (post(args[0]) is not var (postTitle, path)) break;
                    lock (report) report.LinksRewritten++;
                    return tag.Name == "post_path" ? path : $"[{(args.Count > 1 ? string.Join(' ', args.Skip(1)) : postTitle)}]({path})";
                case "codeblock" or "code":
                    var code = reader.TakeUntil("end" + tag.Name);
                    if (code is null) break;
                    var lang = args.FirstOrDefault(a => a.StartsWith("lang:"))?[5..] ?? "";
                    return "```" + lang + "\n" + code.Trim('\n') + "\n```";
                case "raw":
                    return reader.TakeUntil("endraw") ?? "";
                case "blockquote":
                    var quote = reader.TakeUntil("endblockquote");
                    if (quote is null) break;
                    return string.Join('\n', quote.Trim('\n').Split('\n').Select(l => "> " + l));
                case var m when MathNames.Contains(m):
                    var tex = reader.TakeUntil("end" + m);
                    if (tex is null) break;
                    return "$$\n" + tex.Trim('\n', ' ') + "\n$$";
            }
            report.Add(report.NotConverted, file, tag.Line, $"tag `{tag.Text.ReplaceLineEndings(" ")}` removed (no equivalent here).");
            return "";
        });
}
