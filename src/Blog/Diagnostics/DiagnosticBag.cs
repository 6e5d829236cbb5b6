using System.Collections.Concurrent;

namespace Blog.Diagnostics;

/// <summary>Thread-safe collector: modules run documents in parallel and report into one bag.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    private readonly DiagnosticBag? _forwardTo;

    public DiagnosticBag() { }

    /// <summary>A bag that also passes each diagnostic on to <paramref name="forwardTo"/> (the build's bag),
    /// so a part of the build can ask whether it reported an error itself.</summary>
    public DiagnosticBag(DiagnosticBag forwardTo) => _forwardTo = forwardTo;

    public void Add(Diagnostic diagnostic)
    {
        _items.Enqueue(diagnostic);
        _forwardTo?.Add(diagnostic);
    }

    /// <summary>Whether this bag (not the one it forwards to) holds an error.</summary>
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>Sorted by file and line so the report reads the same on every run; a diagnostic reported
    /// twice (a theme template's error met by two pipelines that render it) is listed once.</summary>
    public IReadOnlyList<Diagnostic> All => _items.Distinct()
        .OrderBy(d => d.Severity == Severity.Error ? 0 : 1)
        .ThenBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
        .ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToList();
}
