using System.Collections.Immutable;

namespace Blog.Pipelines;

/// <summary>
/// The unit that flows through modules: where it came from, where it goes, its content and its
/// metadata. Immutable: a module that changes a document returns a new one made with <c>With</c>,
/// so documents can be processed in parallel and kept by other pipelines safely.
/// </summary>
public sealed record Document
{
    /// <summary>Path of the source file relative to the site root (e.g. <c>input/posts/x.md</c>); empty for generated documents.</summary>
    public string Source { get; init; } = "";

    /// <summary>Path relative to the output folder (e.g. <c>2019/11/x/index.html</c>); null while unknown.</summary>
    public string? Destination { get; init; }

    public string Content { get; init; } = "";

    /// <summary>Raw bytes for binary files (assets); when set, it is written instead of <see cref="Content"/>.</summary>
    public byte[]? Bytes { get; init; }

    public ImmutableDictionary<string, object?> Metadata { get; init; } = ImmutableDictionary<string, object?>.Empty;

    public T? Get<T>(string key) => Metadata.TryGetValue(key, out var value) && value is T typed ? typed : default;

    public T Require<T>(string key) => Metadata.TryGetValue(key, out var value) && value is T typed
        ? typed
        : throw new InvalidOperationException($"Document '{Source}' has no metadata '{key}' of type {typeof(T).Name}.");

    public bool Has(string key) => Metadata.ContainsKey(key);

    public Document With(string key, object? value) => this with { Metadata = Metadata.SetItem(key, value) };

    public Document With(IEnumerable<KeyValuePair<string, object?>> values) => this with { Metadata = Metadata.SetItems(values) };

    public override string ToString() => Source.Length > 0 ? Source : Destination ?? "(document)";
}
