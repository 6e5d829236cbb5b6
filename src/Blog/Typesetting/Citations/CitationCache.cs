using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Blog.Pipelines;

namespace Blog.Typesetting.Citations;

/// <summary>
/// Formatted citations per page under .cache/citations, keyed on everything the output depends on:
/// the citations (keys, locators, affixes, modes), the cited entries' text (and the @string
/// definitions), the style, the locales, link-citations, and the worker script. A warm build reads
/// this and starts no Node process. Each entry carries its SHA-256 (<see cref="VerifiedFile"/>).
/// </summary>
public sealed class CitationCache(string folder, bool enabled)
{
    private static readonly Lazy<string> ScriptHash = new(() => File.Exists(CiteWorker.DefaultScript)
        ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(CiteWorker.DefaultScript))) : "");

    public static string Key(CiteRequest request)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string s) { hash.AppendData(Encoding.UTF8.GetBytes(s)); hash.AppendData([0]); }
        Add("cite/1");
        Add(ScriptHash.Value);
        Add(request.StyleKey);
        Add(request.Locale);
        foreach (var (tag, xml) in request.Locales.OrderBy(l => l.Key, StringComparer.Ordinal)) { Add(tag); Add(xml); }
        Add(request.LinkCitations ? "link" : "plain");
        Add(request.Strings);
        foreach (var entry in request.Entries) { Add(entry.Key); Add(entry.Format); Add(entry.Text); }
        Add(JsonSerializer.Serialize(request.Citations, CiteJson.Options));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The entry under <paramref name="key"/>, or null when missing, changed since it was written (its SHA-256 differs) or unreadable.</summary>
    public FormattedCitations? Get(string key)
    {
        if (!enabled || VerifiedFile.Read(Path.Combine(folder, key + ".json")) is not { } json) return null;
        try
        {
            return JsonSerializer.Deserialize<FormattedCitations>(json, CiteJson.Options);
        }
        catch (JsonException)
        {
            return null; // written by another version: formatted again
        }
    }

    /// <summary>Keeps the entry with its SHA-256; a cache that cannot be written is skipped with one warning.</summary>
    public void Put(string key, FormattedCitations value)
    {
        if (enabled) VerifiedFile.Write(Path.Combine(folder, key + ".json"), JsonSerializer.Serialize(value, CiteJson.Options));
    }
}
