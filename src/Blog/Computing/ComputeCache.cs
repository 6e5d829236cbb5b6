using Blog.Compute;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Blog.Markup.ComputeBlocks;
using Blog.Pipelines;

namespace Blog.Computing;

/// <summary>
/// Results of compute units on disk (<c>.cache/compute/</c>), one file per unit. The key hashes
/// everything the unit's result depends on that is known before it runs: its code and options,
/// the code and options of every unit before it on the page, the page's seed and the versions of
/// the tool and packages. The data files it read are known only after: they are stored in the
/// entry with their hashes, and an entry whose files changed is a miss. Each file carries a
/// checksum of its payload, so a torn or edited entry is recomputed, never shown.
/// </summary>
public sealed class ComputeCache(string folder, string dataRoot)
{
    private sealed record Entry(UnitResult Result, Dictionary<string, string> DataFiles);

    /// <summary>Versions that change results: our API, the packages blocks use, the compiler, the cache format.</summary>
    public static readonly string Versions = string.Join("|", "format 1",
        typeof(Notebook).Assembly.ManifestModule.ModuleVersionId,
        typeof(Blog.Computing.ScriptRunner).Assembly.GetName().Version,
        typeof(MathNet.Numerics.Control).Assembly.GetName().Version,
        typeof(ScottPlot.Plot).Assembly.GetName().Version,
        typeof(Microsoft.CodeAnalysis.Scripting.Script).Assembly.GetName().Version,
        Environment.Version);

    /// <summary>Chained keys, one per unit: each includes the key of the unit before it.</summary>
    public static IReadOnlyList<string> Keys(IReadOnlyList<ComputeUnit> units, int seed)
    {
        var keys = new List<string>(units.Count);
        var previous = Hash($"{Versions}\nseed {seed}");
        foreach (var unit in units)
        {
            previous = Hash($"{previous}\n{unit.Kind}\n{unit.Options.CacheText()}\n{unit.Code}");
            keys.Add(previous);
        }
        return keys;
    }

    /// <summary>The result stored under <paramref name="key"/>, or null when missing, changed since written, unreadable, or its data files changed.</summary>
    public UnitResult? Load(string key)
    {
        if (VerifiedFile.Read(PathOf(key)) is not { } json) return null;
        try
        {
            var entry = JsonSerializer.Deserialize<Entry>(json, Protocol.Json);
            if (entry is null || entry.DataFiles.Any(f => HashFile(f.Key) != f.Value)) return null;
            return entry.Result;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps a unit's result with its SHA-256; a cache that cannot be written is skipped with one warning.</summary>
    public void Store(string key, UnitResult result, IEnumerable<string> dataFiles)
    {
        var payload = JsonSerializer.Serialize(new Entry(result, dataFiles.ToDictionary(f => f, f => HashFile(f) ?? "")), Protocol.Json);
        VerifiedFile.Write(PathOf(key), payload);
    }

    private string PathOf(string key) => Path.Combine(folder, key + ".json");

    private string? HashFile(string relative)
    {
        var path = Path.Combine(dataRoot, relative);
        return File.Exists(path) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) : null;
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
