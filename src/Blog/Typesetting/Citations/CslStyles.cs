using System.Security.Cryptography;
using System.Text;
using Blog.Diagnostics;
using Blog.Pipelines;

namespace Blog.Typesetting.Citations;

/// <summary>A CSL style: its XML and a hash of it (part of every cache key).</summary>
public sealed record CslStyle(string Name, string Xml, string Hash);

/// <summary>
/// The CSL styles and locales shipped with the tool (worker/csl, from the CSL project's styles and
/// locales repositories, CC BY-SA 3.0, headers kept), and styles named by path.
/// </summary>
public static class CslStyles
{
    /// <summary>The default style: GB/T 7714-2015, numeric, the usual style of Chinese writing.</summary>
    public const string Default = "china-national-standard-gb-t-7714-2015-numeric";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Typesetting", "worker", "csl");

    /// <summary>The names of the shipped styles (file names without .csl).</summary>
    public static IReadOnlyList<string> Shipped => Directory.Exists(Folder)
        ? Directory.GetFiles(Folder, "*.csl").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order().ToList() : [];

    /// <summary>
    /// A shipped style by name, or a <c>.csl</c> file relative to <paramref name="inputFolder"/>.
    /// <paramref name="file"/>/<paramref name="line"/> is where the setting was written, for the error.
    /// </summary>
    /// <param name="containment">The site's read guard for a style named by path (<see cref="ContainedPaths.Setting"/>); shipped styles are the tool's own.</param>
    public static CslStyle Load(string csl, string inputFolder, string file, int line, ContainedPaths? containment = null)
    {
        var name = string.IsNullOrWhiteSpace(csl) ? Default : csl.Trim();
        var path = name.EndsWith(".csl", StringComparison.OrdinalIgnoreCase)
            ? (containment ?? new ContainedPaths(Path.GetDirectoryName(Path.GetFullPath(inputFolder))!, [inputFolder], false)).Setting(inputFolder, name, file, line, "citation style")
            : Path.Combine(Folder, name + ".csl");
        if (!name.EndsWith(".csl", StringComparison.OrdinalIgnoreCase) && (name.Contains('/') || name.Contains('\\') || name.Contains("..")))
            throw new DiagnosticException(Diagnostic.Error(file, line, 1, $"'{name}' is not the name of a shipped citation style.",
                $"Use one of {string.Join(", ", Shipped)}, or a .csl file path relative to input/."));
        if (!File.Exists(path))
            throw new DiagnosticException(Diagnostic.Error(file, line, 1, $"The citation style '{name}' was not found ({path}).",
                $"Use one of the shipped styles ({string.Join(", ", Shipped)}) or a .csl file path relative to input/, e.g. \"csl\": \"styles/nature.csl\"."));
        var xml = File.ReadAllText(path);
        return new CslStyle(name, xml, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml))));
    }

    private static readonly Lazy<IReadOnlyDictionary<string, string>> LocaleFiles = new(() => Directory.Exists(Folder)
        ? Directory.GetFiles(Folder, "locales-*.xml").ToDictionary(f => Path.GetFileNameWithoutExtension(f)["locales-".Length..], File.ReadAllText)
        : new Dictionary<string, string>());

    /// <summary>The shipped CSL locales by language tag (zh-CN, en-US).</summary>
    public static IReadOnlyDictionary<string, string> Locales => LocaleFiles.Value;

    /// <summary>The CSL locale for the site's language: "zh-CN" for zh, zh-CN, zh-Hans; "en-US" for en; else the tag itself.</summary>
    public static string LocaleFor(string language) => language.Split('-')[0].ToLowerInvariant() switch
    {
        "zh" => "zh-CN",
        "en" => "en-US",
        _ => language,
    };
}
