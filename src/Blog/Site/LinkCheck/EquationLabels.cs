using System.Text.RegularExpressions;

namespace Blog.Site.LinkCheck;

/// <summary>
/// <c>\eqref</c> and <c>\ref</c> targets. With MathJax in the browser the equation anchors exist only
/// after typesetting, so they are resolved here from the TeX of the page's formulas: every
/// reference needs a <c>\label</c> on the same page, and a label may be defined once.
/// </summary>
public static partial class EquationLabels
{
    /// <summary>The id MathJax gives the anchor of an equation label (its AMS tag formatter).</summary>
    public static string AnchorId(string label) => Markup.CrossReferences.EquationNumbers.AnchorId(label);

    public static IEnumerable<(string Label, int Line)> Labels(IEnumerable<MathSource> math) => Find(math, "label");

    /// <summary>Problems as (line, message, hint), in the order of the page.</summary>
    public static IEnumerable<(int Line, string Message, string? Hint)> Check(IReadOnlyList<MathSource> math)
    {
        var defined = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (label, line) in Labels(math))
        {
            if (defined.TryGetValue(label, out var first))
                yield return (line, $"\\label{{{label}}} is defined twice on this page (first on line {first}); MathJax would stop with an error.",
                    "Give each equation its own label.");
            else defined[label] = line;
        }
        foreach (var command in new[] { "eqref", "ref" })
        {
            foreach (var (label, line) in Find(math, command).Where(r => !defined.ContainsKey(r.Label)))
            {
                yield return (line, $"\\{command}{{{label}}} refers to a label that no equation on this page defines; it would show as (???).",
                    defined.Count == 0
                        ? $"Add \\label{{{label}}} to the equation it means (labels only reach equations on the same page)."
                        : $"Labels on this page: {string.Join(", ", defined.Keys.Order(StringComparer.Ordinal))}.");
            }
        }
    }

    private static IEnumerable<(string Label, int Line)> Find(IEnumerable<MathSource> math, string command) => math
        .SelectMany(m => Command().Matches(m.Tex).Where(x => x.Groups["cmd"].Value == command).Select(x => (x.Groups["label"].Value.Trim(), m.Line)));

    [GeneratedRegex(@"\\(?<cmd>label|eqref|ref)\s*\{(?<label>[^{}]*)\}")]
    private static partial Regex Command();
}
