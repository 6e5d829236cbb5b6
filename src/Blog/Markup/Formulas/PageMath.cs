namespace Blog.Markup.Formulas;

/// <summary>
/// One formula as a renderer writes it: its TeX with the delimiters MathJax reads
/// (<c>\(…\)</c>, <c>\[…\]</c>, or a bare environment), whether it is display math, and its line in
/// the Markdown file (0 when unknown) and the column of its opening delimiter there (1-based; 0 when
/// unknown: a formula in a front-matter field, a caption, computed output or an HTML block).
/// </summary>
public sealed record FormulaOccurrence(string Text, bool Display, int Line, int Column = 0);

/// <summary>
/// The formulas of one rendering, in the order they are written: every renderer that writes math
/// goes through <see cref="MathHtml"/>, which records the formula here. When <see cref="Typeset"/>
/// is set (build mode, second rendering), the formula's typeset HTML is written in its place.
/// Collecting while rendering covers every source of math alike: body, title, summary, compute
/// output, captions, magic cubes and raw HTML blocks.
/// </summary>
public sealed class PageMath
{
    private readonly List<FormulaOccurrence> _found = [];

    public IReadOnlyList<FormulaOccurrence> Found => _found;

    /// <summary>The typeset HTML of the formula at an index of <see cref="Found"/>, or null to write it as TeX.</summary>
    public Func<FormulaOccurrence, int, string?>? Typeset { get; init; }

    /// <summary>Records a formula; returns its typeset HTML when there is one.</summary>
    internal string? Add(FormulaOccurrence formula)
    {
        _found.Add(formula);
        return Typeset?.Invoke(formula, _found.Count - 1);
    }
}
