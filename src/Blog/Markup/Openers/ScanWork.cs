namespace Blog.Markup.Openers;

/// <summary>
/// Counts the characters that raw-HTML scans may read, so that tests can check the parse is linear
/// by counting work instead of timing it. Thread-safe; one per pipeline.
/// </summary>
public sealed class ScanWork
{
    private long _characters;

    /// <summary>Characters counted so far.</summary>
    public long Characters => Interlocked.Read(ref _characters);

    internal void Add(long characters) => Interlocked.Add(ref _characters, characters);
}
