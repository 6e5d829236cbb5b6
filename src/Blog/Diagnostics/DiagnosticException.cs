namespace Blog.Diagnostics;

/// <summary>
/// Thrown by a stage that cannot go on because of a user mistake. The engine catches it and
/// reports the diagnostic; it never reaches the user as a stack trace.
/// </summary>
public sealed class DiagnosticException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
