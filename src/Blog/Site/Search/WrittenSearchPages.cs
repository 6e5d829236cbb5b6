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
    // By destination: the last bytes written there and how many writes are still to be taken. Two pages
    // with one destination are a build error (CheckUniqueDestinations reports it after the pipelines);
    // until then each of them takes the last bytes written, as reading the file back did, instead of
    // the second one finding nothing.
    private readonly Dictionary<string, (ReadOnlyMemory<byte> Bytes, int Writes)> _pages = new(StringComparer.Ordinal);

    /// <summary>Keeps the bytes of every indexed page <paramref name="writer"/> writes early from now on.</summary>
    public void Listen(WriteFiles writer) => writer.WrittenEarly += Keep;

    private void Keep(Document document, ReadOnlyMemory<byte> bytes)
    {
        if (SearchPlan.PageOf(document) is null) return;
        lock (_pages) _pages[document.Destination!] = (bytes, _pages.TryGetValue(document.Destination!, out var known) ? known.Writes + 1 : 1);
    }

    /// <summary>Takes the bytes last written for <paramref name="destination"/>; forgets them once every page written there has taken them.</summary>
    /// <exception cref="InvalidOperationException">No page was written early there through a writer this listens to.</exception>
    public ReadOnlyMemory<byte> Take(string destination)
    {
        lock (_pages)
        {
            if (!_pages.TryGetValue(destination, out var page))
                throw new InvalidOperationException($"The page '{destination}' was written early, but its bytes were not handed to the search index (WriteFiles.WrittenEarly).");
            if (page.Writes > 1) _pages[destination] = (page.Bytes, page.Writes - 1);
            else _pages.Remove(destination);
            return page.Bytes;
        }
    }
}
