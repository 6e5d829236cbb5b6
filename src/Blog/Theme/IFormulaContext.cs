namespace Blog.Theme;

/// <summary>What a template render knows of build-mode math: the formula table its <c>*_html</c> values' placeholders name, and the template's file for errors.</summary>
internal interface IFormulaContext
{
    /// <summary>Null in client mode (no placeholders).</summary>
    Blog.Typesetting.FormulaTable? Formulas { get; }

    /// <summary>The layout's path relative to the site root, where an unresolvable placeholder is reported.</summary>
    string Origin { get; }
}
