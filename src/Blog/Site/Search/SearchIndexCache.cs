using Blog.Pipelines;

namespace Blog.Site.Search;

/// <summary>
/// The last search bundle Pagefind wrote, kept in <c>&lt;site&gt;/.cache/search/</c> under a key of
/// everything the bundle is made from (<see cref="SearchIndexKey"/>), and the key after each batch of
/// pages, so a build can tell early that the stored bundle will not do. When a build's key equals the
/// stored one the bundle is copied instead of starting Node and Pagefind, which on a small site
/// is a large part of a rebuild where nothing changed. Pagefind's output is a function of its
/// input (its file names are content hashes), so a copy is byte for byte what a run would write.
/// Only one bundle is kept: a site has one index, and a stale one is of no further use. The SHA-256
/// of every file of the bundle is kept in a verified list (<c>.files</c>, <see cref="VerifiedFile"/>)
/// and checked before the bundle is used, so a changed byte makes a miss, never a published file.
/// </summary>
/// <param name="links">Where the restored files are hard-linked from (a user editing the output cannot change this cache).</param>
public sealed class SearchIndexCache(string folder, LinkedCopies links)
{
    private const string KeyFile = ".key", FilesFile = ".files";
    private string Current => Path.Combine(folder, "bundle");

    /// <summary>The cache of a site: <c>&lt;siteRoot&gt;/.cache/search</c>.</summary>
    public static SearchIndexCache For(string siteRoot) => new(Path.Combine(siteRoot, ".cache", "search"), LinkedCopies.For(siteRoot));

    /// <summary>A SHA-256 over the inputs of an index; reads every page (they are being indexed anyway).</summary>
    /// <param name="fileOf">Where a page's file is, by destination.</param>
    /// <param name="pagefindPackage">Pagefind's <c>package.json</c>, whose version decides its output.</param>
    /// <param name="script">The Node script that drives Pagefind.</param>
    public static string Key(SearchPlan plan, Func<string, string> fileOf, string pagefindPackage, string script, IEnumerable<string> excludeSelectors)
    {
        var key = new SearchIndexKey(pagefindPackage, script, excludeSelectors);
        foreach (var page in plan.Pages) key.Add(page.Url, File.ReadAllBytes(fileOf(page.Destination)));
        return key.Current;
    }

    /// <summary>
    /// The key the stored bundle had after its <paramref name="batch"/>-th batch of pages (0-based), or
    /// null when there is none. A build whose own key after that batch differs cannot end with the stored
    /// key, so it starts Pagefind then instead of waiting for the last page.
    /// </summary>
    public string? StoredKeyAfter(int batch)
    {
        try
        {
            var path = Path.Combine(Current, KeyFile);
            if (!File.Exists(path)) return null;
            var keys = File.ReadAllLines(path);
            return batch < keys.Length ? keys[batch] : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Whether a bundle is stored at all (a cold build starts Pagefind at once).</summary>
    public bool HasBundle => File.Exists(Path.Combine(Current, KeyFile));

    /// <summary>Copies the stored bundle into <paramref name="bundleFolder"/> when it was made under <paramref name="key"/>.</summary>
    /// <returns>Whether the bundle was restored; false leaves <paramref name="bundleFolder"/> untouched.</returns>
    public bool TryRestore(string key, string bundleFolder)
    {
        try
        {
            if (!File.Exists(Path.Combine(Current, KeyFile)) || File.ReadAllLines(Path.Combine(Current, KeyFile)) is not [.., var last] || last != key) return false;
            // Every file as it was stored (its SHA-256 in the verified list), or the bundle is a miss.
            if (VerifiedFile.Read(Path.Combine(Current, FilesFile)) is not { } list) return false;
            var files = new List<string>();
            foreach (var line in list.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length < 66 || Path.Combine(Current, line[65..]) is not { } file || !File.Exists(file) || HashOf(file) != line[..64]) return false;
                files.Add(file);
            }
            foreach (var file in files)
            {
                var target = Path.Combine(bundleFolder, Path.GetRelativePath(Current, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                links.Place(file, target);
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // a cache that cannot be read is a miss: Pagefind runs
        }
    }

    /// <summary>Keeps a copy of <paramref name="bundleFolder"/> under <paramref name="keys"/>, replacing the previous one.</summary>
    /// <param name="keys">The running key after each batch of pages; the last is the bundle's key.</param>
    /// <remarks>Written beside and renamed into place, key last, so a torn copy is never taken for a bundle.</remarks>
    public void Store(IReadOnlyList<string> keys, string bundleFolder)
    {
        var temporary = Path.Combine(folder, "bundle-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var file in Directory.EnumerateFiles(bundleFolder, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(temporary, Path.GetRelativePath(bundleFolder, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
            Directory.CreateDirectory(temporary);
            var list = Directory.EnumerateFiles(temporary, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(f => HashOf(f) + " " + Path.GetRelativePath(temporary, f).Replace('\\', '/'));
            if (!VerifiedFile.Write(Path.Combine(temporary, FilesFile), string.Join("\n", list) + "\n")) throw new IOException("the list of the bundle's files could not be written");
            File.WriteAllLines(Path.Combine(temporary, KeyFile), keys);
            if (Directory.Exists(Current)) Directory.Delete(Current, recursive: true);
            Directory.Move(temporary, Current);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not being able to keep a cache (read-only disk, a concurrent build) costs the next build a Pagefind run, nothing else.
            CacheProblems.Skipped(folder, e);
            try { if (Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true); } catch (IOException) { }
        }
    }

    private static string HashOf(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }
}
