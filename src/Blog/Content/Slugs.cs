using System.Text;
using System.Text.RegularExpressions;

namespace Blog.Content;

/// <summary>URL-safe slugs. Chinese characters are kept (browsers show them as typed); spaces and punctuation become '-'.</summary>
public static partial class Slugs
{
    public static string From(string text)
    {
        var lowered = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var slug = NotWord().Replace(lowered, "-").Trim('-');
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

    [GeneratedRegex(@"[^\p{L}\p{N}_]+")]
    private static partial Regex NotWord();
}
