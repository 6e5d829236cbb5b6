using System.Text.RegularExpressions;

namespace Blog.Markup.Formulas;

/// <summary>
/// Finds where a formula ends. Shared by the inline and the block parser so that both agree on
/// every delimiter rule. Positions are indexes into the text; "end" is the index of the first
/// character of the closing delimiter.
/// </summary>
public static partial class TexScanner
{
    /// <summary>
    /// Every environment MathJax 4's TeX input defines (base, ams, amscd, bussproofs, cases, empheq,
    /// mathtools, physics): a bare <c>\begin{name}</c> of one of these is display math, as Pandoc
    /// reads it (raw_tex that is math). Those outside base, ams and the autoloaded amscd/bussproofs
    /// need <c>\require{mathtools}</c> (or cases, empheq) in the formula or the site's settings; the
    /// formula then still reaches MathJax whole and gets MathJax's own message. MathGoldenTests checks
    /// this list against the environment maps in node_modules/mathjax.
    /// </summary>
    public static readonly HashSet<string> DisplayEnvironments =
    [
        // base
        "displaymath", "math", "array", "darray", "equation", "eqnarray", "indentalign",
        // ams
        "equation*", "eqnarray*", "align", "align*", "multline", "multline*", "split", "gather", "gather*",
        "alignat", "alignat*", "alignedat", "aligned", "gathered", "xalignat", "xalignat*", "xxalignat",
        "flalign", "flalign*", "subarray", "smallmatrix", "matrix", "pmatrix", "bmatrix", "Bmatrix",
        "vmatrix", "Vmatrix", "cases",
        // amscd, bussproofs, cases, empheq
        "CD", "prooftree", "numcases", "subnumcases", "empheq",
        // mathtools
        "dcases", "rcases", "drcases", "dcases*", "rcases*", "drcases*", "cases*", "matrix*", "pmatrix*",
        "bmatrix*", "Bmatrix*", "vmatrix*", "Vmatrix*", "smallmatrix*", "psmallmatrix", "psmallmatrix*",
        "bsmallmatrix", "bsmallmatrix*", "Bsmallmatrix", "Bsmallmatrix*", "vsmallmatrix", "vsmallmatrix*",
        "Vsmallmatrix", "Vsmallmatrix*", "crampedsubarray", "multlined", "spreadlines", "lgathered", "rgathered",
    ];

    /// <summary>
    /// Closing single dollar by Pandoc's tex_math_dollars rules, as Pandoc's parser applies them:
    /// the opening '$' (at <paramref name="open"/>) is followed by a non-space, non-'$' character;
    /// a backslash escapes the next character; white space (with one line break at most) may not be
    /// followed by '$'; and the first unescaped '$' after that closes, unless a digit follows it, in
    /// which case there is no formula at all (so "$20,000 and $30,000" stays text, and so does
    /// "$a$1 … $b": Pandoc does not look for a later closing dollar).
    /// </summary>
    public static int FindInlineDollarEnd(string text, int open, int limit)
    {
        var first = open + 1;
        if (first >= limit || char.IsWhiteSpace(text[first]) || text[first] == '$') return -1;
        for (var i = first; i < limit; i++)
        {
            var c = text[i];
            if (c == '\\') { i++; continue; }
            if (char.IsWhiteSpace(c))
            {
                var j = i;
                var breaks = 0;
                for (; j < limit && char.IsWhiteSpace(text[j]); j++) if (text[j] == '\n') breaks++;
                if (breaks > 1 || j >= limit || text[j] == '$') return -1; // a blank line, or " $"
                i = j - 1;
                continue;
            }
            if (c == '$') return i + 1 < limit && char.IsAsciiDigit(text[i + 1]) ? -1 : i;
        }
        return -1;
    }

    /// <summary>Closing <c>$$</c> after <paramref name="from"/>, skipping backslash escapes.</summary>
    public static int FindDoubleDollarEnd(string text, int from, int limit)
    {
        for (var i = from; i < limit - 1; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] == '$' && text[i + 1] == '$') return i;
        }
        return -1;
    }

    /// <summary>Closing <c>\)</c> or <c>\]</c>: a backslash followed by <paramref name="closer"/>; other backslash pairs (like <c>\\</c>) are skipped whole.</summary>
    public static int FindBackslashEnd(string text, int from, int limit, char closer)
    {
        for (var i = from; i < limit - 1; i++)
        {
            if (text[i] != '\\') continue;
            if (text[i + 1] == closer) return i;
            i++;
        }
        return -1;
    }

    /// <summary>Name of the display environment opened at <paramref name="at"/> (<c>\begin{align*}</c>), or null.</summary>
    public static string? EnvironmentAt(string text, int at)
    {
        var m = BeginRegex().Match(text, at);
        return m.Success && m.Index == at && DisplayEnvironments.Contains(m.Groups[1].Value) ? m.Groups[1].Value : null;
    }

    /// <summary>Index just after the <c>\end{name}</c> that closes the environment, counting nested ones of the same name.</summary>
    public static int FindEnvironmentEnd(string text, int from, int limit, string name)
    {
        string begin = $"\\begin{{{name}}}", end = $"\\end{{{name}}}";
        var depth = 1;
        for (var i = from; i < limit; i++)
        {
            if (text[i] != '\\') continue;
            if (string.CompareOrdinal(text, i, begin, 0, begin.Length) == 0 && i + begin.Length <= limit) depth++;
            else if (string.CompareOrdinal(text, i, end, 0, end.Length) == 0 && i + end.Length <= limit && --depth == 0)
                return i + end.Length;
            else i++;
        }
        return -1;
    }

    [GeneratedRegex(@"\\begin\{([a-zA-Z]+\*?)\}")]
    private static partial Regex BeginRegex();
}
