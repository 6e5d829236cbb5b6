using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Blog.Pipelines;
using Blog.Typesetting;

namespace Blog.Site;

/// <summary>
/// The feed's HTML of each entry (a post's content or summary as <see cref="Feeds"/> makes it: math as
/// MathML, URLs absolute) from the last build, on disk in <c>.cache/feed/entries.json</c>. Making it
/// parses the post's HTML and every formula's CHTML with AngleSharp: on the 8-post sample that was the
/// largest piece of a warm build (about 0.5 s of 1.9 s), redone for feed entries that had not changed.
/// </summary>
/// <remarks>
/// The key of an entry hashes everything its feed HTML is made from: the page's absolute URL, its
/// HTML with each formula placeholder replaced by a hash of that formula's TeX and CHTML (placeholder
/// numbers and the nonce change from build to build, the formulas do not), and the build of this tool
/// (<see cref="Stamp"/>, the module version id of the assembly, which any change of its code or of a
/// library it was built against changes). The file is a <see cref="VerifiedFile"/>: a damaged or
/// hand-edited cache reads as empty and every entry is made again. Only entries used by the latest
/// build are written back, so the file stays the size of one feed.
/// </remarks>
public sealed class FeedHtmlCache(string path)
{
    private readonly object _gate = new();
    private Dictionary<string, string>? _stored;
    private readonly ConcurrentDictionary<string, string> _used = new();
    private bool _made;

    /// <summary>The cache of a site: <c>&lt;siteRoot&gt;/.cache/feed/entries.json</c>.</summary>
    public static FeedHtmlCache For(string siteRoot) => new(Path.Combine(siteRoot, ".cache", "feed", "entries.json"));

    /// <summary>What every key depends on besides the entry: this build of the tool.</summary>
    public static readonly string Stamp = "feed-html-1 " + typeof(FeedHtmlCache).Assembly.ManifestModule.ModuleVersionId;

    /// <summary>
    /// The key of an entry's HTML: <paramref name="html"/> as the page holds it (with formula placeholders of
    /// <paramref name="formulas"/>, or none), and the page's absolute URL that relative links are resolved against.
    /// </summary>
    /// <exception cref="Blog.Diagnostics.DiagnosticException">A placeholder names no formula of the table (<see cref="FormulaTable.Splice"/>).</exception>
    public static string Key(string html, string pageUrl, FormulaTable? formulas, string origin)
    {
        var content = formulas is null ? html : formulas.Splice(html, origin, FormulaKey);
        var text = new StringBuilder(Stamp.Length + pageUrl.Length + content.Length + 4)
            .Append(Stamp).Append('\n').Append(pageUrl).Append('\n').Append(content).ToString();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The stored HTML under <paramref name="key"/>, or <paramref name="make"/>'s, which is then kept.</summary>
    public string GetOrMake(string key, Func<string> make)
    {
        if (!Stored().TryGetValue(key, out var html))
        {
            html = make();
            lock (_gate) _made = true;
        }
        _used[key] = html;
        return html;
    }

    /// <summary>Marks an entry made earlier in this process (the preview's memory) as used by this build, so <see cref="Save"/> keeps it.</summary>
    public void Keep(string key, string html) => _used[key] = html;

    /// <summary>Writes the entries this build used, when any was made or one stored was not used; otherwise leaves the file as it is.</summary>
    public void Save()
    {
        lock (_gate)
        {
            if (!_made && _stored is not null && _stored.Count == _used.Count) return;
            var entries = new SortedDictionary<string, string>(_used, StringComparer.Ordinal);
            VerifiedFile.Write(path, JsonSerializer.Serialize(entries, Json));
            _stored = new Dictionary<string, string>(_used, StringComparer.Ordinal);
            _made = false;
            _used.Clear();
        }
    }

    private Dictionary<string, string> Stored()
    {
        lock (_gate)
        {
            if (_stored is not null) return _stored;
            try
            {
                _stored = VerifiedFile.Read(path) is { } json ? JsonSerializer.Deserialize<Dictionary<string, string>>(json, Json) ?? [] : [];
            }
            catch (JsonException)
            {
                _stored = []; // A damaged entry file is made again.
            }
            return _stored;
        }
    }

    /// <summary>A formula in a key: a hash of its TeX and CHTML, made once per formula.</summary>
    private static string FormulaKey(FormulaEntry entry) => entry.Form(e => new HashForm(
        "\u0001" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(e.Tex + "\u0000" + e.Html))) + "\u0001")).Text;

    private sealed record HashForm(string Text);

    // Never embedded in a page; the default escaping would write each '<' and '"' of the HTML as six bytes.
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
