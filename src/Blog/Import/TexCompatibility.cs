namespace Blog.Import;

/// <summary>
/// TeX that MathJax 2 forgave and MathJax 4 rejects: inside <c>\text{…}</c> (and <c>\textrm</c>, <c>\mbox</c>,
/// <c>\textbf</c>, <c>\textit</c>) MathJax 4 reads text mode as LaTeX does, so a bare <c>_</c> or <c>&amp;</c>
/// there is an error ("Missing $ inserted" / misplaced alignment). The fix is <c>\_</c> and <c>\&amp;</c>.
/// </summary>
public static class TexCompatibility
{
    private static readonly string[] TextCommands = [@"\text", @"\textrm", @"\textbf", @"\textit", @"\textsf", @"\texttt", @"\mbox"];

    /// <summary>The TeX with each bare <c>_</c> or <c>&amp;</c> inside a text command escaped; null when nothing needs it.</summary>
    public static string? Fix(string tex)
    {
        var chars = tex.ToCharArray().ToList();
        var changed = false;
        for (var i = 0; i < chars.Count; i++)
        {
            if (chars[i] != '\\') continue;
            var command = TextCommands.FirstOrDefault(c => At(chars, i, c) && (i + c.Length >= chars.Count || !char.IsLetter(chars[i + c.Length])));
            if (command is null) { i++; continue; }
            var j = i + command.Length;
            while (j < chars.Count && chars[j] == ' ') j++;
            if (j >= chars.Count || chars[j] != '{') continue;
            var depth = 0;
            for (var k = j; k < chars.Count; k++)
            {
                var c = chars[k];
                if (c == '\\') { k++; continue; }
                if (c == '{') depth++;
                else if (c == '}' && --depth == 0) { i = k; break; }
                else if (c == '$') break; // math inside text: its _ is fine
                else if (c is '_' or '&') { chars.Insert(k, '\\'); k++; changed = true; }
            }
        }
        return changed ? new string(chars.ToArray()) : null;
    }

    private static bool At(List<char> chars, int i, string s)
    {
        if (i + s.Length > chars.Count) return false;
        for (var k = 0; k < s.Length; k++) if (chars[i + k] != s[k]) return false;
        return true;
    }
}
