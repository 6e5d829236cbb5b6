using System.Security.Cryptography;
using System.Text;
using Blog.Diagnostics;

namespace Blog.Typesetting.Citations;

/// <summary>
/// A bibliography file split into entries without parsing their fields: a 4,000-entry file is
/// scanned in milliseconds, and only the entries a post cites are parsed (by citation-js in the
/// citation worker). BibTeX/BibLaTeX (<c>.bib</c>, see <see cref="BibTexScanner"/>) or CSL-JSON
/// (<c>.json</c>, see <see cref="CslJsonScanner"/>).
/// </summary>
public sealed class BibFile
{
    public required string DisplayPath { get; init; }
    /// <summary>SHA-256 of the file's bytes, hex.</summary>
    public required string Hash { get; init; }
    public required IReadOnlyDictionary<string, BibEntry> Entries { get; init; }
    /// <summary>The file's <c>@string</c> definitions, which any entry may use.</summary>
    public string Strings { get; init; } = "";
    /// <summary>Structural mistakes (an entry never closed, an entry without key, a duplicate key).</summary>
    public IReadOnlyList<Diagnostic> Problems { get; init; } = [];

    /// <summary>Reads and scans a file; throws <see cref="DiagnosticException"/> for an unknown extension.</summary>
    public static BibFile Scan(string path, string displayPath, byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".bib" or ".bibtex" or ".biblatex" => BibTexScanner.Scan(text, displayPath, hash),
            ".json" => CslJsonScanner.Scan(text, displayPath, hash),
            _ => throw new DiagnosticException(Diagnostic.Error(displayPath, 0, 0,
                $"'{displayPath}' is not a bibliography format this tool reads.",
                "Use a BibTeX/BibLaTeX file (.bib) or CSL-JSON (.json).")),
        };
    }
}
