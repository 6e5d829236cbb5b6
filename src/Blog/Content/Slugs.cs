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

    [GeneratedRegex(@"[^\p{L}\p{N}_]+")]
    private static partial Regex NotWord();
}
