using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

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
    public TypesetPage? Get(string key)
    {
        var path = PathOf(key);
        if (!File.Exists(path) || !File.Exists(Path.ChangeExtension(path, ".css"))) return null;
        try
        {
            return JsonSerializer.Deserialize<TypesetPage>(File.ReadAllText(path), TypesetJson.Options);
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return null; // A damaged entry is typeset again.
        }
    }

    public void Put(string key, TypesetPage page)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Write(Path.ChangeExtension(path, ".css"), page.Css);
        Write(path, JsonSerializer.Serialize(page, TypesetJson.Options)); // last: it is what Get looks for
    }

    /// <summary>
    /// The stylesheet for pages typeset under <paramref name="keys"/>: their sheets merged, and kept,
    /// so a build whose pages are all unchanged reads one file instead of one per page.
    /// </summary>
    public string Stylesheet(IReadOnlyList<string> keys)
    {
        var site = Path.Combine(folder, "site", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', keys)))) + ".css");
        if (File.Exists(site)) return File.ReadAllText(site);
        var css = MathStylesheet.Merge(keys.Select(k => File.ReadAllText(Path.ChangeExtension(PathOf(k), ".css"))));
        Directory.CreateDirectory(Path.GetDirectoryName(site)!);
        Write(site, css);
        return css;
    }

    private string PathOf(string key) => Path.Combine(folder, key[..2], key + ".json");

    /// <summary>Write then rename, so a build stopped halfway never leaves half a file.</summary>
    private static void Write(string path, string text)
    {
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>What a cache entry depends on besides the formulas: versions, worker script, configuration.</summary>
    public static string Stamp(string nodeModules, string script, WorkerConfig config)
    {
        static string Version(string package) =>
            JsonDocument.Parse(File.ReadAllText(Path.Combine(package, "package.json"))).RootElement.GetProperty("version").GetString() ?? "";
        var scriptHash = File.Exists(script) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(script))) : "";
        return string.Join('\n', "mathjax-cache-1",
            Version(Path.Combine(nodeModules, "@mathjax", "src")), Version(Path.Combine(nodeModules, "@mathjax", "mathjax-newcm-font")),
            scriptHash, config.FontUrl, config.ExFactor.ToString("R", System.Globalization.CultureInfo.InvariantCulture), config.Load.ToJsonString(), config.Source.ToJsonString(), config.Tex.ToJsonString(), config.Options.ToJsonString());
    }
}
