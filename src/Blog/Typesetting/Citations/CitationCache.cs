using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Blog.Typesetting.Citations;

/// <summary>
/// Formatted citations per page under .cache/citations, keyed on everything the output depends on:
/// the citations (keys, locators, affixes, modes), the cited entries' text (and the @string
/// definitions), the style, the locales, link-citations, and the worker script. A warm build reads
/// this and starts no Node process.
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

    public FormattedCitations? Get(string key)
    {
        if (!enabled) return null;
        var path = Path.Combine(folder, key + ".json");
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<FormattedCitations>(File.ReadAllText(path), CiteJson.Options) : null;
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return null; // A damaged entry is formatted again.
        }
    }

    public void Put(string key, FormattedCitations value)
    {
        if (!enabled) return;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, key + ".json");
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(value, CiteJson.Options));
        File.Move(temp, path, overwrite: true);
    }
}
