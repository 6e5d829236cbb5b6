using System.Text.RegularExpressions;

namespace Blog.Markup.CrossReferences;

/// <summary>
/// The numbers MathJax gives a page's equations with <c>tags: 'ams'</c> (Typesetting/MathJaxConfig),
/// worked out from the TeX so that references know them in both math modes: the rows of
/// <c>equation</c>, <c>align</c>, <c>gather</c>, <c>multline</c>, <c>flalign</c>, <c>alignat</c> and
/// <c>eqnarray</c> are numbered in page order, starred forms and plain <c>$$…$$</c> are not, a row
/// with <c>\nonumber</c> or <c>\notag</c> is skipped, and <c>\tag{x}</c> shows "(x)" without taking a
/// number (<c>\tag*{x}</c>: "x"). Rules from amsmath and MathJax's AmsTags.
/// </summary>
public sealed partial class EquationNumbers
{
    private static readonly HashSet<string> Numbered = ["equation", "align", "gather", "multline", "flalign", "alignat", "eqnarray", "xalignat", "xxalignat"];
    private static readonly HashSet<string> SingleRow = ["equation", "multline"];

    /// <summary>Numbered equations so far on the page.</summary>
    public int Count { get; private set; }

    /// <summary>The id of the anchor MathJax writes for <c>\label{label}</c> (its AMS tag formatter).</summary>
    public static string AnchorId(string label) => "mjx-eqn:" + Whitespace().Replace(label, "_");

    /// <summary>
    /// The labels of one display formula (its TeX as written, with <c>\begin…\end</c> for a bare
    /// environment), each with the tag it shows: "(3)", "(★)", or null when its row has no number.
    /// </summary>
    public IReadOnlyList<(string Label, string? Tag)> Add(string tex)
    {
        var found = new List<(string, string?)>();
        foreach (var (environment, body) in Parts(tex))
        {
            var numbered = environment is not null && Numbered.Contains(environment);
            var rows = environment is null || SingleRow.Contains(environment) || environment.EndsWith('*') && SingleRow.Contains(environment[..^1])
                ? [body] : Rows(body);
            foreach (var row in rows)
            {
                string? tag = null;
                if (TagCommand().Match(row) is { Success: true } t) tag = t.Groups[1].Success ? t.Groups[2].Value : "(" + t.Groups[2].Value + ")";
                else if (numbered && !NoNumber().IsMatch(row)) tag = "(" + ++Count + ")";
                found.AddRange(LabelCommand().Matches(row).Select(m => (m.Groups[1].Value.Trim(), tag)));
            }
        }
        return found;
    }

    /// <summary>The top-level environments of a formula, and the text between them as (null, text).</summary>
    private static IEnumerable<(string? Environment, string Body)> Parts(string tex)
    {
        var at = 0;
        while (Begin().Match(tex, at) is { Success: true } begin)
        {
            var name = begin.Groups[1].Value;
            var end = FindEnd(tex, name, begin.Index + begin.Length);
            if (end < 0) break;
            if (begin.Index > at) yield return (null, tex[at..begin.Index]);
            yield return (name, tex[(begin.Index + begin.Length)..end]);
            at = end + $"\\end{{{name}}}".Length;
        }
        if (at < tex.Length) yield return (null, tex[at..]);
    }

    /// <summary>The index of the <c>\end{name}</c> that closes an environment opened before <paramref name="from"/>.</summary>
    private static int FindEnd(string tex, string name, int from)
    {
        var depth = 1;
        foreach (Match m in BeginOrEnd().Matches(tex, from))
        {
            if (m.Groups[2].Value != name) continue;
            depth += m.Groups[1].Value == "begin" ? 1 : -1;
            if (depth == 0) return m.Index;
        }
        return -1;
    }

    /// <summary>The rows of a multi-row environment: split at <c>\\</c> outside braces and inner environments.</summary>
    private static List<string> Rows(string body)
    {
        var rows = new List<string>();
        int braces = 0, environments = 0, start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\\' && i + 1 < body.Length)
            {
                if (body[i + 1] == '\\' && braces == 0 && environments == 0)
                {
                    rows.Add(body[start..i]);
                    start = i + 2;
                }
                else if (string.CompareOrdinal(body, i, "\\begin{", 0, 7) == 0) environments++;
                else if (string.CompareOrdinal(body, i, "\\end{", 0, 5) == 0) environments--;
                i++;
            }
            else if (c == '{') braces++;
            else if (c == '}') braces--;
        }
        rows.Add(body[start..]);
        // A last row with nothing but space (after a final \\) gets no number, in MathJax as in amsmath.
        if (rows.Count > 1 && string.IsNullOrWhiteSpace(rows[^1])) rows.RemoveAt(rows.Count - 1);
        return rows;
    }

    [GeneratedRegex(@"\\begin\s*\{([a-zA-Z]+\*?)\}")]
    private static partial Regex Begin();

    [GeneratedRegex(@"\\(begin|end)\s*\{([a-zA-Z]+\*?)\}")]
    private static partial Regex BeginOrEnd();

    [GeneratedRegex(@"\\tag(\*)?\s*\{((?:[^{}]|\{[^{}]*\})*)\}")]
    private static partial Regex TagCommand();

    [GeneratedRegex(@"\\(nonumber|notag)(?![a-zA-Z])")]
    private static partial Regex NoNumber();

    [GeneratedRegex(@"\\label\s*\{([^{}]*)\}")]
    private static partial Regex LabelCommand();

    [GeneratedRegex(@"\s")]
    private static partial Regex Whitespace();
}
