using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Blog.Theme;

/// <summary>
/// What a rendered page depends on in the theme, for the preview's <see cref="RenderMemo"/>: a
/// version of all templates, and the words each layout's templates contain.
/// </summary>
public sealed partial class ThemeTemplates
{
    private Lazy<string>? _version;
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _words = new(StringComparer.Ordinal);

    /// <summary>A hash of every layout and partial: equal versions render equal pages from equal models.</summary>
    public string Version => LazyInitializer.EnsureInitialized(ref _version, () => new Lazy<string>(() => Fingerprint(Folder))).Value;

    private static string Fingerprint(string themeFolder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var folder in new[] { "layouts", "partials" }.Select(f => Path.Combine(themeFolder, f)).Where(Directory.Exists))
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(file + "\0"));
                hash.AppendData(File.ReadAllBytes(file));
            }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>
    /// Every identifier-like word in a layout, the base layout and the partials they include: the
    /// names a template can read a model member by. An include whose name is computed pulls in
    /// every partial. (A template that reaches members without naming them, by iterating an
    /// object, is not seen; the theme does not.)
    /// </summary>
    public IReadOnlySet<string> WordsUsedBy(string layout) => _words.GetOrAdd(layout, name =>
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var partials = Path.Combine(Folder, "partials");
        var pending = new Stack<string>([LayoutPath(name), LayoutPath(PageRenderer.BaseLayout)]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var path))
        {
            if (!seen.Add(path) || !File.Exists(path)) continue;
            var text = File.ReadAllText(path);
            foreach (Match m in Words().Matches(text)) words.Add(m.Value);
            foreach (Match m in Includes().Matches(text))
            {
                if (m.Groups[1].Success)
                    pending.Push(Path.Combine(partials, m.Groups[1].Value.EndsWith(".sbn-html") ? m.Groups[1].Value : m.Groups[1].Value + ".sbn-html"));
                else if (Directory.Exists(partials))
                    foreach (var p in Directory.EnumerateFiles(partials, "*", SearchOption.AllDirectories)) pending.Push(p);
            }
        }
        return words;
    });

    [GeneratedRegex("[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Words();

    [GeneratedRegex(@"\binclude\s+(?:[""']([^""']+)[""']|(?=[^""']))")]
    private static partial Regex Includes();
}
