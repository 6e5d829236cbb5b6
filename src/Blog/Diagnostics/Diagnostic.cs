namespace Blog.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>
/// A problem the user can fix, with the place it comes from. Every stage reports user mistakes
/// as values of this type; the console and the preview overlay format them the same way.
/// Line and column are 1-based; 0 means "unknown".
/// </summary>
public sealed record Diagnostic(string File, int Line, int Column, Severity Severity, string Message, string? Hint = null)
{
    public static Diagnostic Error(string file, int line, int column, string message, string? hint = null)
        => new(file, line, column, Severity.Error, message, hint);

    public static Diagnostic Warning(string file, int line, int column, string message, string? hint = null)
        => new(file, line, column, Severity.Warning, message, hint);

    /// <summary>A compiler-style code shown after the severity, e.g. <c>CS0103</c> for a compile error in a compute block.</summary>
    public string? Code { get; init; }

    /// <summary>MSBuild-style text, which editors and CI logs turn into clickable locations.</summary>
    public override string ToString()
    {
        var place = Line > 0 ? $"{File}({Line},{System.Math.Max(Column, 1)})" : File;
        var kind = (Severity == Severity.Error ? "error" : "warning") + (Code is null ? "" : " " + Code);
        return Hint is null ? $"{place}: {kind}: {Message}" : $"{place}: {kind}: {Message}\n    hint: {Hint}";
    }
}
