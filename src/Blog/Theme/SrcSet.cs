using System.Text;

namespace Blog.Theme;

/// <summary>
/// The image candidates of a <c>srcset</c> attribute, read as the HTML standard's "parse a srcset
/// attribute" algorithm reads them: candidates separated by commas, each a URL (a run of
/// non-whitespace; trailing commas end the candidate) and optional descriptors (<c>2x</c>,
/// <c>640w</c>) up to the next comma outside parentheses.
/// </summary>
public static class SrcSet
{
    /// <summary>The attribute with each candidate's URL passed through <paramref name="map"/>, descriptors kept, joined by ", ".</summary>
    public static string Map(string srcset, Func<string, string> map)
    {
        var candidates = new List<string>();
        var i = 0;
        while (true)
        {
            while (i < srcset.Length && (char.IsWhiteSpace(srcset[i]) || srcset[i] == ',')) i++;
            if (i >= srcset.Length) break;
            var start = i;
            while (i < srcset.Length && !char.IsWhiteSpace(srcset[i])) i++;
            var url = srcset[start..i];
            var descriptors = "";
            if (url.EndsWith(','))
                url = url.TrimEnd(',');
            else
            {
                var from = i;
                var depth = 0;
                while (i < srcset.Length && (srcset[i] != ',' || depth > 0))
                {
                    if (srcset[i] == '(') depth++;
                    else if (srcset[i] == ')' && depth > 0) depth--;
                    i++;
                }
                descriptors = srcset[from..i].Trim();
            }
            var candidate = new StringBuilder(map(url));
            if (descriptors.Length > 0) candidate.Append(' ').Append(descriptors);
            candidates.Add(candidate.ToString());
        }
        var mapped = string.Join(", ", candidates);
        return candidates.Count == 0 ? srcset : mapped;
    }
}
