using System.Text;
using System.Text.RegularExpressions;

namespace Blog.Import.Jekyll;

/// <summary>
/// kramdown's own syntax that Markdig does not read: attribute lists (<c>{: .class}</c>, <c>{:.image-caption}</c>,
/// <c>{: style="…"}</c>) are dropped and reported, except <c>{: #id}</c> under a heading, which becomes our
/// <c>{#id}</c>; <c>* TOC</c> + <c>{:toc}</c> becomes <c>toc: true</c>; extensions <c>{::comment}</c>,
/// <c>{::options /}</c> are dropped and <c>{::nomarkdown}</c> keeps its HTML. Code blocks are left alone.
/// Source: kramdown's syntax page (block and span IALs, extensions).
/// </summary>
public static partial class KramdownSyntax
{
    public static string Rewrite(string text, int firstLine, ImportedEntry entry, ImportReport report)
    {
        var lines = text.Split('\n').ToList();
        var output = new List<string>(lines.Count);
        string? fence = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal)) fence = null;
                output.Add(line);
                continue;
            }
            if (Fence().Match(trimmed) is { Success: true } f) { fence = f.Value; output.Add(line); continue; }

            if (BlockIal().IsMatch(trimmed))
            {
                if (trimmed.Replace(" ", "") is "{:toc}" or "{:.toc}")
                {
                    entry.Toc = true;
                    if (output.Count > 0 && TocItem().IsMatch(output[^1])) output[^1] = "";
                    output.Add("");
                    continue;
                }
                var id = IdInIal().Match(trimmed);
                if (id.Success && output.Count > 0 && output[^1].TrimStart().StartsWith('#') && !output[^1].Contains("{#"))
                {
                    output[^1] = output[^1].TrimEnd() + " {#" + id.Groups[1].Value + "}";
                    output.Add("");
                    continue;
                }
                if (!trimmed.StartsWith("{:/") && !trimmed.StartsWith("{::"))
                    report.Add(report.NotConverted, entry.SourceFile, firstLine + i, $"kramdown attribute list `{trimmed}` dropped.");
                output.Add("");
                continue;
            }
            output.Add(SpanIal().Replace(Extensions(line, entry, report, firstLine + i), m =>
            {
                report.Add(report.NotConverted, entry.SourceFile, firstLine + i, $"kramdown attribute list `{m.Value}` dropped.");
                return "";
            }));
        }
        return string.Join('\n', output);
    }

    private static string Extensions(string line, ImportedEntry entry, ImportReport report, int lineNumber)
    {
        if (!line.Contains("{::") && !line.Contains("{:/")) return line;
        var b = new StringBuilder(line);
        b.Replace("{::nomarkdown}", "").Replace("{:/nomarkdown}", "").Replace("{::comment}", "<!--").Replace("{:/comment}", "-->");
        var result = ExtensionTag().Replace(b.ToString(), m =>
        {
            report.Add(report.NotConverted, entry.SourceFile, lineNumber, $"kramdown extension `{m.Value}` dropped.");
            return "";
        });
        return result;
    }

    [GeneratedRegex(@"^(`{3,}|~{3,})")]
    private static partial Regex Fence();
    // A line holding only an attribute list or extension: {: .x}, {:.x}, {:toc}, {::options … /}, {:/}, an ALD {:name: …}.
    [GeneratedRegex(@"^\{:[^{}]*\}$")]
    private static partial Regex BlockIal();
    [GeneratedRegex(@"#([A-Za-z][\w\-:.]*)")]
    private static partial Regex IdInIal();
    [GeneratedRegex(@"^\s*([*+-]|\d+\.)\s+\S.*$")]
    private static partial Regex TocItem();
    // A span IAL right after an element: ![a](b){: width="50%"}, *x*{:.y}, text {:.caption}.
    [GeneratedRegex(@"\{:(?!:|/)[^{}\n]*\}")]
    private static partial Regex SpanIal();
    [GeneratedRegex(@"\{::[^{}]*?/?\}|\{:/[^{}]*\}")]
    private static partial Regex ExtensionTag();
}
