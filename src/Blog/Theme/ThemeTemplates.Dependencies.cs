using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Blog.Theme;

/// <summary>
/// What a page rendered with a layout depends on in the theme, for the preview's
/// <see cref="RenderMemo"/>: the files it reads (the layout, the base layout and the partials
/// they include) and the words in them.
/// </summary>
public sealed partial class ThemeTemplates
{
    private readonly ConcurrentDictionary<string, LayoutDependencies> _dependencies = new(StringComparer.Ordinal);

    /// <param name="Version">A hash of the files: equal versions render equal pages from equal models.</param>
    /// <param name="Words">
    /// Every identifier-like word in the files: the names a template can read a model member by.
    /// (A template that reaches members without naming them, by iterating an object, is not seen;
    /// the theme does not do that.)
    /// </param>
    public sealed record LayoutDependencies(string Version, IReadOnlySet<string> Words);

    /// <summary>The files a layout reads and the words in them; an include whose name is computed pulls in every partial.</summary>
    public LayoutDependencies DependenciesOf(string layout) => _dependencies.GetOrAdd(layout, name =>
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([LayoutPath(name), LayoutPath(PageRenderer.BaseLayout)]);
        while (pending.TryPop(out var path))
        {
            if (files.Contains(path) || !File.Exists(path)) continue;
            files.Add(path);
            var text = File.ReadAllText(path);
            foreach (Match m in Words().Matches(text)) words.Add(m.Value);
            foreach (Match m in Includes().Matches(text))
            {
                if (m.Groups[1].Success)
                {
                    if (Folders.Find("partials/" + (m.Groups[1].Value.EndsWith(".sbn-html") ? m.Groups[1].Value : m.Groups[1].Value + ".sbn-html")) is { } partial)
                        pending.Push(partial);
                }
                else
                    foreach (var layer in Folders.Layers.Select(l => Path.Combine(l, "partials")).Where(Directory.Exists))
                        foreach (var p in Directory.EnumerateFiles(layer, "*", SearchOption.AllDirectories)) pending.Push(p);
            }
        }
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(file + "\0"));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return new LayoutDependencies(Convert.ToHexString(hash.GetHashAndReset()), words);
    });

    [GeneratedRegex("[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Words();

    [GeneratedRegex(@"\binclude\s+(?:[""']([^""']+)[""']|(?=[^""']))")]
    private static partial Regex Includes();
}
