using System.Collections.Concurrent;
using Blog.Pipelines;

namespace Blog.Site.Search;

/// <summary>
/// The final bytes of the indexed pages (<see cref="SearchPlan.PageOf"/>) that <see cref="WriteFiles.WriteNowAsync"/>
/// wrote to the staging folder, taken from its <see cref="WriteFiles.WrittenEarly"/> event and held, by destination,
/// until <see cref="FeedSearchIndex"/> hands them to the search index: the written file is the only place where a
/// page's build-time math is spliced in, and this way it is not read back from there. Pages not indexed are not kept.
/// </summary>
public sealed class WrittenSearchPages
{
    private readonly ConcurrentDictionary<string, ReadOnlyMemory<byte>> _pages = new(StringComparer.Ordinal);

    /// <summary>Keeps the bytes of every indexed page <paramref name="writer"/> writes early from now on.</summary>
    public void Listen(WriteFiles writer) => writer.WrittenEarly += Keep;

    private void Keep(Document document, ReadOnlyMemory<byte> bytes)
    {
        if (SearchPlan.PageOf(document) is not null) _pages[document.Destination!] = bytes;
    }

    /// <summary>Takes (and forgets) the bytes written for <paramref name="destination"/>.</summary>
    /// <exception cref="InvalidOperationException">No page was written early there through a writer this listens to.</exception>
    public ReadOnlyMemory<byte> Take(string destination) => _pages.TryRemove(destination, out var bytes) ? bytes
        : throw new InvalidOperationException($"The page '{destination}' was written early, but its bytes were not handed to the search index (WriteFiles.WrittenEarly).");
}
