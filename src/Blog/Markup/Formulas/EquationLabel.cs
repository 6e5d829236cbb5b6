using System.Text.RegularExpressions;

namespace Blog.Markup.Formulas;

/// <summary>
/// Quarto's label for display math: <c>{#eq-name}</c> after the closing <c>$$</c> or <c>\]</c>, alone on the
/// rest of the line (https://quarto.org/docs/authoring/cross-references.html#equations).
/// </summary>
public static partial class EquationLabel
{
    /// <summary>The label ("eq-name") when <paramref name="rest"/> (the text after a closing delimiter) is one, else null.</summary>
    public static string? Of(string rest) => Pattern().Match(rest) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"^\s*\{\s*#(eq-[\p{L}\p{N}_:.\-]+)\s*\}\s*$")]
    private static partial Regex Pattern();
}
