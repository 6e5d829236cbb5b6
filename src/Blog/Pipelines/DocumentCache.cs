using System.Collections.Concurrent;
using Blog.Diagnostics;

namespace Blog.Pipelines;

/// <summary>
/// What <see cref="CacheDocuments"/> remembers between builds, per cache name and source file: the
/// input document, what the child modules made of it, and the warnings they reported. Registered
/// as a service by long-running hosts; the host clears it when something outside the documents
/// (settings, data files) changed.
/// </summary>
public sealed class DocumentCache
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Entry>> _scopes = new(StringComparer.Ordinal);

    public sealed record Entry(Document Input, IReadOnlyList<Document> Outputs, IReadOnlyList<Diagnostic> Diagnostics);

    public int Hits => _hits;
    public int Misses => _misses;
    private int _hits, _misses;

    internal ConcurrentDictionary<string, Entry> Scope(string name) =>
        _scopes.GetOrAdd(name, _ => new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal));

    internal bool TryGet(ConcurrentDictionary<string, Entry> scope, Document input, out Entry entry)
    {
        var hit = scope.TryGetValue(input.Source, out entry!) && SameInput(entry.Input, input);
        Interlocked.Increment(ref hit ? ref _hits : ref _misses);
        return hit;
    }

    public void Clear() => _scopes.Clear();

    public void ResetCounters() => _hits = _misses = 0;

    /// <summary>Same source text and metadata: the child modules would produce the same documents.</summary>
    private static bool SameInput(Document a, Document b) =>
        string.Equals(a.Content, b.Content, StringComparison.Ordinal)
        && a.Destination == b.Destination
        && (a.Bytes is null ? b.Bytes is null : b.Bytes is not null && a.Bytes.AsSpan().SequenceEqual(b.Bytes))
        && a.Metadata.Count == b.Metadata.Count
        && a.Metadata.All(kv => b.Metadata.TryGetValue(kv.Key, out var other) && Equals(kv.Value, other));
}
