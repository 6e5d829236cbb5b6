using System.Text;
using System.Text.RegularExpressions;
using Blog.Markup.Diagrams;

namespace Blog.Typesetting.Diagrams;

/// <summary>
/// The TeX document a ```tikz block becomes: the preamble (amsmath; tikz-cd when the body has a
/// <c>tikzcd</c> environment; the <c>packages:</c> and <c>libraries:</c> options), then the body inside
/// <c>\begin{document}</c> … <c>\end{document}</c>, unless it has its own. node-tikzjax's format has
/// the standalone class and TikZ loaded already. <see cref="BodyLine"/> is the document's line that
/// holds the body's first line, so a line TeX names maps back into the Markdown file.
/// </summary>
public sealed partial record TikzSource(string Tex, int BodyLine, int BodyLines)
{
    public static TikzSource For(TikzBlock block)
    {
        var packages = new List<string> { "amsmath" };
        if (TikzCd().IsMatch(block.Tex)) packages.Add("tikz-cd");
        packages.AddRange(block.Options.Packages);
        var preamble = new StringBuilder();
        foreach (var package in packages.Distinct(StringComparer.Ordinal)) preamble.Append("\\usepackage{").Append(package).Append("}\n");
        if (block.Options.Libraries.Count > 0) preamble.Append("\\usetikzlibrary{").AppendJoin(',', block.Options.Libraries).Append("}\n");
        var ownDocument = block.Tex.Contains("\\begin{document}", StringComparison.Ordinal);
        if (!ownDocument) preamble.Append("\\begin{document}\n");
        var bodyLine = preamble.ToString().Count(c => c == '\n') + 1;
        var body = block.Tex.ReplaceLineEndings("\n").TrimEnd('\n');
        var tex = preamble + body + "\n" + (ownDocument ? "" : "\\end{document}\n");
        return new TikzSource(tex, bodyLine, body.Count(c => c == '\n') + 1);
    }

    /// <summary>The 0-based line of the body that a line of the document is, or null when it is a preamble line.</summary>
    public int? BodyIndex(int documentLine) => documentLine >= BodyLine && documentLine < BodyLine + BodyLines ? documentLine - BodyLine : null;

    [GeneratedRegex(@"\\begin\s*\{tikzcd\}")]
    private static partial Regex TikzCd();
}
