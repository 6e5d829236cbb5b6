using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Blog.Pipelines;

namespace Blog.Typesetting;

/// <summary>
/// Typeset math on disk in one file, <c>.cache/mathjax/typeset.json</c>, keyed by everything the result
/// depends on: the MathJax and font versions, the worker script, the configuration (macros, font URL)
/// and the TeX with its display mode. Two kinds of entry: a formula that stands alone
/// (<see cref="FormulaKey"/>), shared by every page of every build that holds it; and the numbered
/// formulas of one page (<see cref="Key"/>), one entry because equation numbers and \eqref depend on
/// every one of them. Prose edits leave every key unchanged.
/// </summary>
/// <remarks>
/// One file, read once per build and written once at its end (<see cref="Save"/>) only when an entry was
/// added or many went unused: a warm build of 1000 posts reads one file instead of one per formula
/// (1,279 files of the bench corpus). The file is a <see cref="VerifiedFile"/>: a changed byte makes the whole
/// file unusable, which is reported as one warning (<see cref="CacheProblems.Damaged"/>), every formula is
/// typeset again, and the file is written anew. Thread-safe: pages ask for entries in parallel.
/// </remarks>
public sealed class TypesetCache(string folder, string stamp)
{
    /// <summary>The one file of typeset formulas under the cache folder.</summary>
    public const string FileName = "typeset.json";

    private readonly object _gate = new();
    private Dictionary<string, TypesetPage>? _stored;
    private readonly Dictionary<string, TypesetPage> _used = new(StringComparer.Ordinal);
    private bool _added;

    /// <summary>Where the entries are kept: <c>&lt;folder&gt;/typeset.json</c>.</summary>
    public string FilePath => Path.Combine(folder, FileName);

    /// <summary>The key of a page's formulas typeset together, in order.</summary>
    public string Key(IReadOnlyList<Formula> math)
    {
        var text = new StringBuilder(stamp).Append('\n');
        foreach (var f in math) text.Append(f.Display ? 'D' : 'I').Append(f.Text.Length).Append(':').Append(f.Text).Append('\n');
        return Hash(text.ToString());
    }

    /// <summary>The key of one formula typeset on its own.</summary>
    /// <remarks>Made once per distinct formula and kept: a 1000-post build asks for it 31,957 times for 285 formulas.</remarks>
    public string FormulaKey(Formula formula) =>
        _formulaKeys.GetOrAdd(formula, f => "f" + Hash(stamp + "\nformula\n" + (f.Display ? 'D' : 'I') + f.Text));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Formula, string> _formulaKeys = new();

    /// <summary>The typeset math stored under the key, or null; an entry returned is kept by <see cref="Save"/>.</summary>
    public TypesetPage? Get(string key)
    {
        lock (_gate)
        {
            if (_used.TryGetValue(key, out var page)) return page;
            if (!Stored().TryGetValue(key, out page)) return null;
            _used[key] = page;
            return page;
        }
    }

    /// <summary>Adds an entry, written by <see cref="Save"/>.</summary>
    public void Put(string key, TypesetPage page)
    {
        lock (_gate)
        {
            Stored();
            _used[key] = page;
            _added = true;
        }
    }

    /// <summary>
    /// Writes the file when this build added an entry (or found it damaged), keeping the entries it used and
    /// those of earlier builds it did not use while they are no more than the used ones (a draft left out,
    /// a post moved away for a while); when it added none, the file is left as it is unless most of it went unused.
    /// A file that cannot be written is one warning (<see cref="VerifiedFile.Write"/>). Safe to call more than once.
    /// </summary>
    public void Save()
    {
        lock (_gate)
        {
            if (_stored is null) return; // never read: nothing asked for math
            var unused = _stored.Where(e => !_used.ContainsKey(e.Key)).ToList();
            var keepUnused = unused.Count <= _used.Count;
            if (!_added && keepUnused) return;
            var entries = new SortedDictionary<string, TypesetPage>(_used, StringComparer.Ordinal);
            if (keepUnused) foreach (var (key, page) in unused) entries[key] = page;
            if (VerifiedFile.Write(FilePath, JsonSerializer.Serialize(entries, TypesetJson.Options)))
                _stored = new Dictionary<string, TypesetPage>(entries, StringComparer.Ordinal);
            _added = false;
        }
    }

    /// <summary>The site's stylesheet for this usage, if one was made before: a build whose math is all cached starts no worker.</summary>
    public string? Stylesheet(StyleUsage usage) => VerifiedFile.Read(StylesheetPath(usage));

    public void PutStylesheet(StyleUsage usage, string css) => VerifiedFile.Write(StylesheetPath(usage), css);

    private string StylesheetPath(StyleUsage usage) => Path.Combine(folder, "site", Hash(stamp + "\n" + usage.Fingerprint()) + ".css");

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

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

    /// <summary>The entries on disk, read on first use (under <see cref="_gate"/>); empty when there is no file or it is damaged.</summary>
    private Dictionary<string, TypesetPage> Stored()
    {
        if (_stored is not null) return _stored;
        _stored = new Dictionary<string, TypesetPage>(StringComparer.Ordinal);
        if (!File.Exists(FilePath)) return _stored;
        Dictionary<string, TypesetPage>? read = null;
        try
        {
            if (VerifiedFile.Read(FilePath) is { } json) read = JsonSerializer.Deserialize<Dictionary<string, TypesetPage>>(json, TypesetJson.Options);
        }
        catch (JsonException)
        {
            read = null; // hash right but not ours (an older format): the same as damaged
        }
        if (read is null || read.Values.Any(page => page?.Html is null || page.Usage is null || page.Errors is null || page.Html.Count != page.Usage.Count))
        {
            CacheProblems.Damaged(folder, FileName);
            _added = true; // written anew at the end of the build
            return _stored;
        }
        foreach (var (key, page) in read) _stored[key] = page;
        return _stored;
    }
}
