using System.Security.Cryptography;
using System.Text;

namespace Blog.Site.Search;

/// <summary>
/// The running SHA-256 over everything a search bundle is made from, in the order Pagefind is given
/// it: Pagefind's package.json (its version), our indexing script, the exclude selectors, then each
/// page's URL and bytes. Pagefind's output depends on the order pages are added, so the order is part
/// of the key. <see cref="Current"/> can be read after any page (a prefix's key) and hashing goes on.
/// </summary>
public sealed class SearchIndexKey
{
    private const string Format = "search-cache 2";
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <param name="pagefindPackage">Pagefind's <c>package.json</c>.</param>
    /// <param name="script">The Node script that drives Pagefind.</param>
    public SearchIndexKey(string pagefindPackage, string script, IEnumerable<string> excludeSelectors)
    {
        Add(Format);
        AddBytes(File.ReadAllBytes(pagefindPackage));
        AddBytes(File.ReadAllBytes(script));
        Add(string.Join("\u0001", excludeSelectors));
    }

    /// <summary>Adds one page: its site path and its UTF-8 HTML.</summary>
    public void Add(string url, ReadOnlySpan<byte> html)
    {
        Add(url);
        AddBytes(html);
    }

    /// <summary>The key of everything added so far, as lower-case hex.</summary>
    public string Current => Convert.ToHexStringLower(_hash.GetCurrentHash());

    private void Add(string text) => _hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));

    private void AddBytes(ReadOnlySpan<byte> bytes)
    {
        Add(bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _hash.AppendData(bytes);
    }
}
