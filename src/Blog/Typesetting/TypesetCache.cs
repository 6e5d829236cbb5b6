using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Blog.Pipelines;

namespace Blog.Typesetting;

/// <summary>
/// Typeset pages on disk under <c>.cache/mathjax/</c>, keyed by everything the result depends on:
/// the MathJax and font versions, the worker script, the configuration (macros, font URL) and the
/// page's formulas in order with their display mode. The whole page is one key because equation
/// numbers and \eqref depend on every formula of the page; prose edits leave the key unchanged.
/// </summary>
public sealed class TypesetCache(string folder, string stamp)
{
    public string Key(IReadOnlyList<Formula> math)
    {
        var text = new StringBuilder(stamp).Append('\n');
        foreach (var f in math) text.Append(f.Display ? 'D' : 'I').Append(f.Text.Length).Append(':').Append(f.Text).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The page's HTML and errors; its stylesheet stays on disk until <see cref="Stylesheet"/> wants it.</summary>
    /// <remarks>Each file carries the hash of its content (<see cref="VerifiedFile"/>): a changed byte makes the entry missing, and the page is typeset again.</remarks>
    public TypesetPage? Get(string key)
    {
        var path = PathOf(key);
        if (VerifiedFile.Read(path) is not { } json || VerifiedFile.Read(Path.ChangeExtension(path, ".css")) is null) return null;
        try
        {
            return JsonSerializer.Deserialize<TypesetPage>(json, TypesetJson.Options);
        }
        catch (JsonException)
        {
            return null; // A damaged entry is typeset again.
        }
    }

    public void Put(string key, TypesetPage page)
    {
        var path = PathOf(key);
        VerifiedFile.Write(Path.ChangeExtension(path, ".css"), page.Css);
        VerifiedFile.Write(path, JsonSerializer.Serialize(page, TypesetJson.Options)); // last: it is what Get looks for
    }

    /// <summary>
    /// The stylesheet for pages typeset under <paramref name="keys"/>: their sheets merged, and kept,
    /// so a build whose pages are all unchanged reads one file instead of one per page.
    /// </summary>
    public string Stylesheet(IReadOnlyList<string> keys)
    {
        var site = Path.Combine(folder, "site", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', keys)))) + ".css");
        if (VerifiedFile.Read(site) is { } kept) return kept;
        var css = MathStylesheet.Merge(keys.Select(k => VerifiedFile.Read(Path.ChangeExtension(PathOf(k), ".css"))
            ?? throw new IOException($"The math cache entry {k} changed during the build; build again.")));
        VerifiedFile.Write(site, css);
        return css;
    }

    private string PathOf(string key) => Path.Combine(folder, key[..2], key + ".json");

    /// <summary>What a cache entry depends on besides the formulas: versions, worker script, configuration.</summary>
    public static string Stamp(string nodeModules, string script, WorkerConfig config)
    {
        static string Version(string package) =>
            JsonDocument.Parse(File.ReadAllText(Path.Combine(package, "package.json"))).RootElement.GetProperty("version").GetString() ?? "";
        var scriptHash = File.Exists(script) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(script))) : "";
        return string.Join('\n', "mathjax-cache-2",
            Version(Path.Combine(nodeModules, "@mathjax", "src")), Version(Path.Combine(nodeModules, "@mathjax", "mathjax-newcm-font")),
            scriptHash, config.FontUrl, config.ExFactor.ToString("R", System.Globalization.CultureInfo.InvariantCulture), config.Load.ToJsonString(), config.Source.ToJsonString(), config.Tex.ToJsonString(), config.Options.ToJsonString());
    }
}
