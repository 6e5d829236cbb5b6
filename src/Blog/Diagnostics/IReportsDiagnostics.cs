namespace Blog.Diagnostics;

/// <summary>
/// A syntax node that found user mistakes while it was parsed. The Markup stage asks every such
/// node, after shifting line numbers to the Markdown file, and reports what it says.
/// </summary>
public interface IReportsDiagnostics
{
    IEnumerable<Diagnostic> Diagnostics(string file);
}
