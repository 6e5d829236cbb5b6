using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Blog.Pipelines;

namespace Blog.Typesetting;

/// <summary>
/// Typeset math on disk under <c>.cache/mathjax/</c>, keyed by everything the result depends on:
/// the MathJax and font versions, the worker script, the configuration (macros, font URL) and the TeX
/// with its display mode. Two kinds of entry: a formula that stands alone (<see cref="FormulaKey"/>),
/// shared by every page of every build that holds it; and the numbered formulas of one page
/// (<see cref="Key"/>), one entry because equation numbers and \eqref depend on every one of them.
/// Prose edits leave every key unchanged.
/// </summary>
public sealed class TypesetCache(string folder, string stamp)
{
    /// <summary>The key of a page's formulas typeset together, in order.</summary>
    public string Key(IReadOnlyList<Formula> math)
    {
        var text = new StringBuilder(stamp).Append('\n');
        foreach (var f in math) text.Append(f.Display ? 'D' : 'I').Append(f.Text.Length).Append(':').Append(f.Text).Append('\n');
        return Hash(text.ToString());
    }

    /// <summary>The key of one formula typeset on its own.</summary>
    public string FormulaKey(Formula formula) => "f" + Hash(stamp + "\nformula\n" + (formula.Display ? 'D' : 'I') + formula.Text);

    /// <summary>The typeset math stored under the key, or null.</summary>
    /// <remarks>Each file carries the hash of its content (<see cref="VerifiedFile"/>): a changed byte makes the entry missing, and the math is typeset again.</remarks>
    public TypesetPage? Get(string key)
    {
        if (VerifiedFile.Read(PathOf(key)) is not { } json) return null;
        try
        {
            return JsonSerializer.Deserialize<TypesetPage>(json, TypesetJson.Options);
        }
        catch (JsonException)
        {
            return null; // A damaged entry is typeset again.
        }
    }

    public void Put(string key, TypesetPage page) => VerifiedFile.Write(PathOf(key), JsonSerializer.Serialize(page, TypesetJson.Options));

    /// <summary>The site's stylesheet for this usage, if one was made before: a build whose math is all cached starts no worker.</summary>
    public string? Stylesheet(StyleUsage usage) => VerifiedFile.Read(StylesheetPath(usage));

    public void PutStylesheet(StyleUsage usage, string css) => VerifiedFile.Write(StylesheetPath(usage), css);

    private string StylesheetPath(StyleUsage usage) => Path.Combine(folder, "site", Hash(stamp + "\n" + usage.Fingerprint()) + ".css");

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private string PathOf(string key) => Path.Combine(folder, key[..2], key + ".json");

    /// <summary>What a cache entry depends on besides the formulas: versions, worker script, configuration.</summary>
    public static string Stamp(string nodeModules, string script, WorkerConfig config)
    {
        static string Version(string package) =>
            JsonDocument.Parse(File.ReadAllText(Path.Combine(package, "package.json"))).RootElement.GetProperty("version").GetString() ?? "";
        // The worker script and the scripts beside it that it loads (inline-breaks.js).
        var scripts = File.Exists(script)
            ? [script, .. Directory.EnumerateFiles(Path.GetDirectoryName(Path.GetFullPath(script))!, "*.js").Order(StringComparer.Ordinal)]
            : Array.Empty<string>();
        var scriptHash = string.Concat(scripts.Select(f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))));
        return string.Join('\n', "mathjax-cache-3",
            Version(Path.Combine(nodeModules, "@mathjax", "src")), Version(Path.Combine(nodeModules, "@mathjax", "mathjax-newcm-font")),
            scriptHash, config.FontUrl, config.ExFactor.ToString("R", System.Globalization.CultureInfo.InvariantCulture), config.Load.ToJsonString(), config.Source.ToJsonString(), config.Tex.ToJsonString(), config.Options.ToJsonString());
    }
}
