using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Blog.Pipelines;

namespace Blog.Typesetting.Diagrams;

/// <summary>
/// Drawn diagrams on disk under <c>.cache/tikz/</c>, keyed by the TeX document sent to the engine (the
/// body with the packages and libraries its options add) and a stamp of everything else the SVG depends
/// on: node-tikzjax's version (its engine, format and TeX files), the DVI-to-SVG converter's and SVGO's
/// versions, and the worker script. Each file carries its SHA-256 (<see cref="VerifiedFile"/>): a changed
/// byte makes the entry missing, and the diagram is drawn again. TeX errors are not kept.
/// </summary>
public sealed class TikzCache(string folder, string stamp)
{
    /// <summary>The key of a document: a lower-case hex SHA-256.</summary>
    public string Key(string tex) => Hash(stamp + "\n" + tex);

    public TikzResult? Get(string key)
    {
        if (VerifiedFile.Read(PathOf(key)) is not { } json) return null;
        try
        {
            return JsonSerializer.Deserialize<TikzResult>(json, TikzJson.Options) is { Svg: not null } result ? result : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Put(string key, TikzResult result) => VerifiedFile.Write(PathOf(key), JsonSerializer.Serialize(result, TikzJson.Options));

    private string PathOf(string key) => Path.Combine(folder, key[..2], key + ".json");

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>What every entry depends on besides its document: versions and the worker script.</summary>
    public static string Stamp(string nodeModules, string script)
    {
        static string Version(string package) => File.Exists(Path.Combine(package, "package.json"))
            ? JsonDocument.Parse(File.ReadAllText(Path.Combine(package, "package.json"))).RootElement.GetProperty("version").GetString() ?? "" : "";
        var scriptHash = File.Exists(script) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(script))) : "";
        return string.Join('\n', "tikz-cache-1", Version(Path.Combine(nodeModules, "node-tikzjax")),
            Version(Path.Combine(nodeModules, "@prinsss", "dvi2html")), Version(Path.Combine(nodeModules, "svgo")), scriptHash);
    }
}
