using System.Text;
using System.Text.RegularExpressions;

namespace Blog.Content;

/// <summary>
/// URL-safe slugs. Chinese characters are kept (browsers show them as typed); the symbols that tell
/// names apart (<c>C++</c>, <c>C#</c>, <c>R&amp;D</c>) are spelled out as words (<see cref="SpelledSymbols"/>),
/// and every other run of spaces and punctuation becomes '-'.
/// </summary>
public static partial class Slugs
{
    /// <summary>Symbols written as words in a slug, so that <c>C++</c> is <c>c-plus-plus</c> and <c>C#</c> is <c>c-sharp</c>.</summary>
    public static readonly IReadOnlyDictionary<char, string> SpelledSymbols = new Dictionary<char, string>
    {
        ['+'] = "plus", ['#'] = "sharp", ['&'] = "and", ['@'] = "at", ['%'] = "percent",
    };

    public static string From(string text)
    {
        var lowered = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var spelled = new StringBuilder(lowered.Length);
        foreach (var c in lowered)
            if (SpelledSymbols.TryGetValue(c, out var word)) spelled.Append('-').Append(word).Append('-');
            else spelled.Append(c);
        var slug = NotWord().Replace(spelled.ToString(), "-").Trim('-');
        return slug.Length == 0 ? "untitled" : slug;
    }

    public static bool IsValid(string slug) => slug.Length > 0 && From(slug) == slug;

    /// <summary>
    /// The slug a Markdown file gives when its front matter names none: its name, or for a leaf
    /// bundle (<c>x/index.md</c>, Hugo's page bundle) its folder's name.
    /// </summary>
    /// <param name="relativePath">The file's path below <c>posts/</c> or <c>pages/</c>, with '/'.</param>
    public static string OfFile(string relativePath)
    {
        var name = Path.GetFileNameWithoutExtension(relativePath);
        return From(IsLeafBundle(relativePath) ? Path.GetFileName(Path.GetDirectoryName(relativePath))! : name);
    }

    /// <summary>Whether <paramref name="relativePath"/> (below <c>posts/</c> or <c>pages/</c>) is <c>index.md</c> in a folder of its own.</summary>
    public static bool IsLeafBundle(string relativePath) =>
        Path.GetFileNameWithoutExtension(relativePath) == "index" && !string.IsNullOrEmpty(Path.GetDirectoryName(relativePath));

    /// <summary>Bytes of UTF-8 a file or folder name may hold on common file systems (ext4, APFS, NTFS): 255.</summary>
    public const int MaxSegmentBytes = 255;

    /// <summary>Bytes of UTF-8 of a slug that <c>new</c> makes from a title: room left for ".md" and for "index.html" beside it.</summary>
    public const int MadeSlugBytes = 100;

    /// <summary>
    /// The slug cut to at most <paramref name="maxBytes"/> bytes of UTF-8, at a '-' when one is in the
    /// second half (never inside a character); unchanged when it fits.
    /// </summary>
    public static string Shorten(string slug, int maxBytes = MadeSlugBytes)
    {
        if (Encoding.UTF8.GetByteCount(slug) <= maxBytes) return slug;
        var length = 0;
        for (var bytes = 0; length < slug.Length; length += char.IsSurrogatePair(slug, length) ? 2 : 1)
        {
            bytes += Encoding.UTF8.GetByteCount(slug.AsSpan(length, char.IsSurrogatePair(slug, length) ? 2 : 1));
            if (bytes > maxBytes) break;
        }
        var cut = slug[..length];
        var dash = cut.LastIndexOf('-');
        return (dash > cut.Length / 2 ? cut[..dash] : cut).Trim('-');
    }

    /// <summary>
    /// Whether two spellings of a tag or category name the same term: equal after Unicode compatibility
    /// normalisation and lower-casing, with each run of white space or '-' read as one '-'
    /// (<c>AI</c> and <c>ai</c>, <c>machine learning</c> and <c>Machine-Learning</c>).
    /// </summary>
    public static bool SameTerm(string a, string b) => string.Equals(TermKey(a), TermKey(b), StringComparison.Ordinal);

    private static string TermKey(string name) => Separators().Replace(name.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Trim(), "-");

    [GeneratedRegex(@"[^\p{L}\p{N}_]+")]
    private static partial Regex NotWord();

    [GeneratedRegex(@"[\s-]+")]
    private static partial Regex Separators();
}
