using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Markup.Headings;

/// <summary>
/// Pandoc's header attributes at the end of a heading: <c>## 分析 {#analysis}</c> pins the id,
/// <c>{.unnumbered}</c>/<c>{-}</c> and other <c>.class</c> words add classes
/// (https://pandoc.org/MANUAL.html#extension-header_attributes). Text that is not a valid attribute
/// list (<c>{x}</c>, a formula's braces) stays part of the heading.
/// </summary>
public static class HeadingAttributes
{
    /// <summary>Removes a trailing attribute list from the heading's text and puts it on the heading; returns the pinned id, if any.</summary>
    public static string? Apply(HeadingBlock heading)
    {
        if (heading.Inline?.LastChild is not LiteralInline last) return null;
        // Markdig may split one run of text into several literals ('_' and '*' start a delimiter run): join the trailing ones.
        var literals = new List<LiteralInline>();
        for (Inline? node = last; node is LiteralInline literal; node = node.PreviousSibling) literals.Insert(0, literal);
        var text = string.Concat(literals.Select(l => l.Content.ToString())).TrimEnd();
        if (!text.EndsWith('}')) return null;
        var open = text.LastIndexOf('{');
        if (open < 0 || Parse(text[(open + 1)..^1]) is not var (id, classes)) return null;

        var keep = text[..open].TrimEnd();
        foreach (var literal in literals.Skip(1)) literal.Remove();
        literals[0].Content = new Markdig.Helpers.StringSlice(keep);
        if (keep.Length == 0) literals[0].Remove();
        var attributes = heading.GetAttributes();
        foreach (var cls in classes) attributes.AddClass(cls);
        if (id is not null) attributes.Id = id;
        return id;
    }

    /// <summary>The id and classes of <c>#id .class -</c>, or null when any word is something else.</summary>
    private static (string? Id, List<string> Classes)? Parse(string list)
    {
        string? id = null;
        var classes = new List<string>();
        var words = list.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        foreach (var word in words)
        {
            if (word == "-") classes.Add("unnumbered");
            else if (word.Length > 1 && word[0] == '#' && id is null && Name(word[1..])) id = word[1..];
            else if (word.Length > 1 && word[0] == '.' && Name(word[1..])) classes.Add(word[1..]);
            else return null;
        }
        return (id, classes);
    }

    private static bool Name(string name) => name.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ':' or '.');
}
