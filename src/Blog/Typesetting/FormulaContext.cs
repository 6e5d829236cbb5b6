using System.Text.RegularExpressions;

namespace Blog.Typesetting;

/// <summary>
/// Which formulas depend on the page they stand on, and so cannot be typeset once for the whole site.
/// In MathJax's TeX input (with <c>tags: "ams"</c>) a formula's output depends on others of its document
/// only through equation numbers (the numbered AMS environments and <c>\tag</c>), labels and the
/// references to them (<c>\label</c>, <c>\eqref</c>, <c>\ref</c>), and definitions that stay for the later
/// formulas (<c>\newcommand</c>, <c>\def</c>, <c>\require</c>, …). Every other formula typesets to the same
/// HTML wherever it stands.
/// </summary>
public static partial class FormulaContext
{
    /// <summary>True when the formula must be typeset with the page's other numbered formulas, in their order.</summary>
    public static bool IsNumbered(string tex) => Numbering().IsMatch(tex);

    /// <summary>True when the formula changes how later formulas of its page read (a definition): the whole page is then typeset together.</summary>
    public static bool Defines(string tex) => Definition().IsMatch(tex);

    // Unstarred numbered environments of amsmath (MathJax's AmsTags numbers these), \tag and the reference commands.
    [GeneratedRegex(@"\\(?:label|eqref|ref|tag|notag|nonumber|theequation|setcounter|addtocounter)(?![A-Za-z])|\\begin\s*\{\s*(?:equation|align|alignat|gather|multline|flalign|eqnarray|xalignat|xxalignat)\s*\}")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"\\(?:newcommand|renewcommand|providecommand|newenvironment|renewenvironment|def|gdef|edef|xdef|let|global|DeclareMathOperator|require|Newextarrow|newcolumntype)(?![A-Za-z])")]
    private static partial Regex Definition();
}
